package id.kombel.learning.reflection;

import id.kombel.platform.security.Caller;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reflections")
class ReflectionController {

    private final ReflectionService reflections;

    ReflectionController(ReflectionService reflections) {
        this.reflections = reflections;
    }

    @PostMapping
    ResponseEntity<ReflectionResponse> write(Caller caller, @Valid @RequestBody ReflectionRequest request) {
        Reflection reflection = reflections.write(caller, request);
        return ResponseEntity.created(URI.create("/api/v1/reflections/" + reflection.id()))
                .eTag(Versions.etag(reflection.version()))
                .body(ReflectionResponse.of(reflection));
    }

    /** The caller's own reflections; with {@code communityId}, the reflections shared in that community. */
    @GetMapping
    CursorPage<ReflectionResponse> list(
            Caller caller,
            @RequestParam(required = false) @Nullable @Size(max = 64) String communityId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        CursorPage<Reflection> found =
                communityId == null ? reflections.mine(caller, page) : reflections.sharedIn(caller, communityId, page);
        return new CursorPage<>(
                found.items().stream().map(ReflectionResponse::of).toList(), found.next());
    }

    @GetMapping("/{reflectionId}")
    ResponseEntity<ReflectionResponse> get(Caller caller, @PathVariable String reflectionId) {
        return ok(reflections.get(caller, reflectionId));
    }

    @PutMapping("/{reflectionId}")
    ResponseEntity<ReflectionResponse> edit(
            Caller caller,
            @PathVariable String reflectionId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody EditReflectionRequest request) {
        return ok(reflections.edit(caller, reflectionId, ifMatch, request));
    }

    @PostMapping("/{reflectionId}/encouragements")
    ResponseEntity<ReflectionResponse> encourage(
            Caller caller, @PathVariable String reflectionId, @Valid @RequestBody EncourageRequest request) {
        Reflection reflection = reflections.encourage(caller, reflectionId, request.message());
        return ResponseEntity.created(URI.create("/api/v1/reflections/" + reflectionId + "/encouragements"))
                .eTag(Versions.etag(reflection.version()))
                .body(ReflectionResponse.of(reflection));
    }

    @GetMapping("/{reflectionId}/encouragements")
    CursorPage<EncouragementResponse> encouragements(
            Caller caller,
            @PathVariable String reflectionId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        CursorPage<Encouragement> page =
                reflections.encouragements(caller, reflectionId, PageRequest.of(cursor, limit));
        return new CursorPage<>(
                page.items().stream().map(EncouragementResponse::of).toList(), page.next());
    }

    private static ResponseEntity<ReflectionResponse> ok(Reflection reflection) {
        return ResponseEntity.ok().eTag(Versions.etag(reflection.version())).body(ReflectionResponse.of(reflection));
    }
}
