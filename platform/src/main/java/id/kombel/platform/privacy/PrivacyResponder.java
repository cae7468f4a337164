package id.kombel.platform.privacy;

import id.kombel.platform.events.AggregateStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers privacy requests for this service: runs every {@link PersonalDataContributor} and stores
 * the answer, whose event the outbox relays. A request already answered is answered no more.
 */
public class PrivacyResponder {

    private static final Logger log = LoggerFactory.getLogger(PrivacyResponder.class);
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

    private final List<PersonalDataContributor> contributors;
    private final AggregateStore store;
    private final ErasedMembers erased;
    private final JsonMapper json;
    private final String service;
    private final Clock clock;

    public PrivacyResponder(
            List<PersonalDataContributor> contributors,
            AggregateStore store,
            ErasedMembers erased,
            JsonMapper json,
            String service,
            Clock clock) {
        this.contributors = List.copyOf(contributors);
        this.store = store;
        this.erased = erased;
        this.json = json;
        this.service = service;
        this.clock = clock;
    }

    /** The service's name in answers and archives ({@code kombel.privacy.service}). */
    public String service() {
        return service;
    }

    void export(PersonalDataExportRequested request) {
        if (answered(request.requestId())) {
            return;
        }
        Map<String, Object> parts = new LinkedHashMap<>();
        for (PersonalDataContributor contributor : contributors) {
            Object part = contributor.export(request.memberId());
            if (part != null) {
                parts.put(contributor.name(), part);
            }
        }
        // as plain JSON values, so the event's size is known and the stored payload is what travels
        Map<String, Object> data = json.convertValue(parts, JSON_OBJECT);
        int size = json.writeValueAsBytes(data).length;
        if (size > PrivacyTopics.MAX_MESSAGE_BYTES - 64 * 1024) {
            log.error("export {} of {} is {} bytes, over the limit of one answer", request.requestId(), service, size);
            throw new ExportTooLargeException("export of " + size + " bytes");
        }
        store(PrivacyAnswer.exported(
                request.requestId(),
                request.memberId(),
                erased.hash(request.memberId()),
                service,
                data,
                clock.instant()));
    }

    /**
     * The tombstone first, so events arriving meanwhile are already held back; then every contributor;
     * then the consumers' inbox entries keyed by the member's aggregates.
     */
    void erase(MemberErasureRequested request) {
        if (answered(request.requestId())) {
            return;
        }
        String memberId = request.memberId();
        erased.record(memberId);
        contributors.forEach(contributor -> contributor.erase(memberId));
        erased.forgetInboxEntries(memberId);
        store(PrivacyAnswer.erased(request.requestId(), memberId, erased.hash(memberId), service, clock.instant()));
    }

    private boolean answered(String requestId) {
        return store.findById(PrivacyAnswer.idOf(requestId, service), PrivacyAnswer.class)
                .isPresent();
    }

    private void store(PrivacyAnswer answer) {
        try {
            store.insert(answer);
        } catch (DuplicateKeyException answeredConcurrently) {
            log.debug("privacy request {} was answered meanwhile", answer.requestId());
        }
    }
}
