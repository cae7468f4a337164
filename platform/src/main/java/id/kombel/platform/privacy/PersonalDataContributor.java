package id.kombel.platform.privacy;

import org.jspecify.annotations.Nullable;

/**
 * One kind of personal data a service holds, for export and erasure. Declare a Spring bean per kind,
 * in the feature package that owns the data; the platform's {@link PrivacyRequests} calls every
 * contributor of the service when a request arrives and answers for the whole service. Do not write
 * a listener for the privacy topics yourself.
 *
 * <p>Both methods run on a Kafka consumer thread and may run again for the same request (a crash or
 * an outage redelivers it before the answer was stored), so they must be idempotent. They are called
 * with the member's id in clear; never log it.
 */
public interface PersonalDataContributor {

    /**
     * The part's name in the member's archive, unique within the service, e.g. {@code "profile"},
     * {@code "registrations"}.
     */
    String name();

    /**
     * What this part holds about the member, as anything Jackson writes as JSON (a record, a list, a
     * map). Return an empty list or map when there is nothing, null only if the part does not apply.
     * The service's whole answer travels as one event of at most {@link
     * PrivacyTopics#MAX_MESSAGE_BYTES} bytes: export what the member entered and what is about them,
     * not other members' data.
     */
    @Nullable
    Object export(String memberId);

    /**
     * Erases or anonymizes what this part holds about the member: delete what is only theirs;
     * content others rely on (a solution others replied to, a certificate others verify) stays,
     * with the member's id replaced by {@link ErasedMembers#FORMER_MEMBER} and their name removed.
     * Afterwards no document of the part may hold the member's id, name or email in clear.
     */
    void erase(String memberId);
}
