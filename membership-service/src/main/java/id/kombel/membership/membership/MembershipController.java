package id.kombel.membership.membership;

import id.kombel.membership.community.CommunityView;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.Versions;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MembershipController {

    private static final String MEMBERSHIPS = "/api/v1/communities/{communityId}/memberships";
    private static final String MEMBERSHIP = MEMBERSHIPS + "/{memberId}";

    private final MembershipService memberships;

    MembershipController(MembershipService memberships) {
        this.memberships = memberships;
    }

    /** The caller joins an open community (ACTIVE) or asks to join an approval one (REQUESTED). */
    @PostMapping(MEMBERSHIPS)
    ResponseEntity<MembershipResponse> join(Caller caller, @PathVariable String communityId) {
        return created(memberships.join(caller, communityId));
    }

    @PostMapping("/api/v1/communities/{communityId}/invitations")
    ResponseEntity<MembershipResponse> invite(
            Caller caller, @PathVariable String communityId, @Valid @RequestBody InvitationRequest request) {
        return created(memberships.invite(caller, communityId, request.memberId(), request.offeredRole()));
    }

    /** Active members by default; {@code status=REQUESTED} lists pending requests (leads only). */
    @GetMapping(MEMBERSHIPS)
    CursorPage<MembershipResponse> ofCommunity(
            Caller caller,
            @PathVariable String communityId,
            @RequestParam(required = false) @Nullable MembershipStatus status,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        CursorPage<Membership> page = memberships.ofCommunity(
                caller, communityId, status == null ? MembershipStatus.ACTIVE : status, PageRequest.of(cursor, limit));
        return new CursorPage<>(
                page.items().stream().map(MembershipResponse::of).toList(), page.next());
    }

    @GetMapping(MEMBERSHIP)
    ResponseEntity<MembershipResponse> get(
            Caller caller, @PathVariable String communityId, @PathVariable String memberId) {
        return ok(memberships.get(caller, communityId, memberId));
    }

    /** The member leaves, or (called by the community's leads) is removed. */
    @DeleteMapping(MEMBERSHIP)
    ResponseEntity<MembershipResponse> end(
            Caller caller,
            @PathVariable String communityId,
            @PathVariable String memberId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        return ok(memberships.end(caller, communityId, memberId, ifMatch));
    }

    @PostMapping(MEMBERSHIP + "/approve")
    ResponseEntity<MembershipResponse> approve(
            Caller caller,
            @PathVariable String communityId,
            @PathVariable String memberId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        return ok(memberships.approve(caller, communityId, memberId, ifMatch));
    }

    @PostMapping(MEMBERSHIP + "/decline")
    ResponseEntity<MembershipResponse> decline(
            Caller caller,
            @PathVariable String communityId,
            @PathVariable String memberId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        return ok(memberships.decline(caller, communityId, memberId, ifMatch));
    }

    @PostMapping(MEMBERSHIP + "/accept")
    ResponseEntity<MembershipResponse> accept(
            Caller caller,
            @PathVariable String communityId,
            @PathVariable String memberId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        return ok(memberships.accept(caller, communityId, memberId, ifMatch));
    }

    @PutMapping(MEMBERSHIP + "/role")
    ResponseEntity<MembershipResponse> changeRole(
            Caller caller,
            @PathVariable String communityId,
            @PathVariable String memberId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody RoleChangeRequest request) {
        return ok(memberships.changeRole(caller, communityId, memberId, request.role(), ifMatch));
    }

    @GetMapping(MEMBERSHIP + "/history")
    CursorPage<MembershipHistoryResponse> history(
            Caller caller,
            @PathVariable String communityId,
            @PathVariable String memberId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        CursorPage<MembershipHistoryEntry> page =
                memberships.history(caller, communityId, memberId, PageRequest.of(cursor, limit));
        return new CursorPage<>(
                page.items().stream().map(MembershipHistoryResponse::of).toList(), page.next());
    }

    /** The caller's own communities: active memberships by default, or pending invitations and requests. */
    @GetMapping("/api/v1/memberships")
    CursorPage<OwnMembershipResponse> ofCaller(
            Caller caller,
            @RequestParam(required = false) @Nullable MembershipStatus status,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        CursorPage<Membership> page = memberships.ofCaller(
                caller, status == null ? MembershipStatus.ACTIVE : status, PageRequest.of(cursor, limit));
        Map<String, CommunityView> communities = memberships.communitiesOf(page);
        return new CursorPage<>(
                page.items().stream()
                        .map(membership ->
                                OwnMembershipResponse.of(membership, communities.get(membership.communityId())))
                        .toList(),
                page.next());
    }

    private static ResponseEntity<MembershipResponse> created(Membership membership) {
        return ResponseEntity.created(URI.create("/api/v1/communities/%s/memberships/%s"
                        .formatted(membership.communityId(), membership.memberId())))
                .eTag(Versions.etag(membership.version()))
                .body(MembershipResponse.of(membership));
    }

    private static ResponseEntity<MembershipResponse> ok(Membership membership) {
        return ResponseEntity.ok().eTag(Versions.etag(membership.version())).body(MembershipResponse.of(membership));
    }
}
