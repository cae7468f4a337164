package id.kombel.membership.privacy;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.kombel.membership.identity.Sessions;
import id.kombel.membership.member.MemberAccount;
import id.kombel.membership.member.MemberAccounts;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.privacy.ErasedMembers;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.ForbiddenException;
import id.kombel.platform.web.Keyset;
import id.kombel.platform.web.NotFoundException;
import id.kombel.platform.web.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Members' export and erasure requests, and what admins may know of erasures. */
@Service
class PrivacyService {

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final MemberAccounts accounts;
    private final Sessions sessions;
    private final ErasedMembers erasedMembers;
    private final PrivacySettings settings;
    private final JsonMapper json;
    private final Clock clock;

    PrivacyService(
            AggregateStore store,
            MongoTemplate mongo,
            MemberAccounts accounts,
            Sessions sessions,
            ErasedMembers erasedMembers,
            PrivacySettings settings,
            JsonMapper json,
            Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.accounts = accounts;
        this.sessions = sessions;
        this.erasedMembers = erasedMembers;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    ExportRequest requestExport(Caller caller) {
        Instant now = clock.instant();
        return store.insert(ExportRequest.request(
                UUID.randomUUID().toString(),
                caller.memberId(),
                settings.services(),
                now,
                now.plus(settings.exportTtl())));
    }

    /** Someone else's export is not found: its existence is the member's business only. */
    ExportRequest export(Caller caller, String requestId) {
        ExportRequest request = store.findById(requestId, ExportRequest.class)
                .filter(found -> found.isOf(caller.memberId()))
                .orElseThrow(() -> new NotFoundException("export", requestId));
        if (request.status(clock.instant()) == ExportStatus.EXPIRED) {
            mongo.remove(query(where("requestId").is(requestId)), ExportPart.class);
        }
        return request;
    }

    /** The archive: every service's part, by service, as each sent it. */
    Map<String, Object> archive(Caller caller, String requestId) {
        ExportRequest request = export(caller, requestId);
        switch (request.status(clock.instant())) {
            case EXPIRED -> throw new ExportExpiredException(requestId);
            case PREPARING -> throw new ExportNotReadyException(requestId);
            case READY -> {
                // below
            }
        }
        Map<String, Object> services = new LinkedHashMap<>();
        for (ExportPart part : mongo.find(query(where("requestId").is(requestId)), ExportPart.class)) {
            services.put(part.service(), json.readValue(part.json(), Object.class));
        }
        Map<String, Object> archive = new LinkedHashMap<>();
        archive.put("requestId", request.id());
        archive.put("memberId", request.memberId());
        archive.put("requestedAt", request.requestedAt().toString());
        archive.put("expiresAt", request.expiresAt().toString());
        archive.put("services", services);
        return archive;
    }

    /**
     * Sign-in and refresh stop at once, and the tombstone makes this service refuse the member's
     * access tokens from now on; the rest of the erasure runs through the services' answers.
     */
    ErasureRequest requestErasure(Caller caller, String password) {
        String memberId = caller.memberId();
        Optional<MemberAccount> account = accounts.find(memberId);
        if (!accounts.passwordMatches(account, password)) {
            throw new PasswordMismatchException();
        }
        @Nullable String regionId = accounts.regionOf(memberId).orElse(null);
        accounts.deactivate(memberId);
        sessions.endAll(memberId);
        erasedMembers.record(memberId);
        return store.insert(ErasureRequest.request(
                UUID.randomUUID().toString(), memberId, regionId, settings.services(), clock.instant()));
    }

    ErasureRequest erasure(String requestId) {
        return store.findById(requestId, ErasureRequest.class)
                .orElseThrow(() -> new NotFoundException("erasure", requestId));
    }

    CursorPage<ErasureRequest> erasures(Caller caller, @Nullable String regionId, PageRequest page) {
        if (regionId == null ? !caller.isPlatformAdmin() : !caller.administers(regionId)) {
            throw new ForbiddenException(caller.memberId() + " may not list erasures of " + regionId);
        }
        Criteria filter = regionId == null ? new Criteria() : where("regionId").is(regionId);
        return Keyset.page(
                mongo,
                filter,
                "requestedAt",
                Sort.Direction.DESC,
                page,
                ErasureRequest.class,
                ErasureRequest::requestedAt,
                ErasureRequest::id);
    }
}
