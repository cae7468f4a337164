package id.kombel.platform.privacy;

/** Where privacy requests and answers travel. */
public final class PrivacyTopics {

    /** membership-service's requests (and its own answers). */
    public static final String REQUESTS = "membership.privacy";

    /** Each service's answers, {@code <service>.privacy}; resolved from {@code kombel.privacy.service}. */
    public static final String ANSWERS = "${kombel.privacy.topic}";

    /**
     * The largest answer a service may publish: an export part travels as one event, so the privacy
     * topics take records of up to 8 MiB (Kafka's default is 1 MiB) and producers may send that much.
     */
    public static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

    /** The topic config that lets a privacy topic take {@link #MAX_MESSAGE_BYTES}. */
    public static final String LARGE_MESSAGES = "max.message.bytes=" + MAX_MESSAGE_BYTES;

    private PrivacyTopics() {}

    /** Privacy events name the member on purpose; tombstones do not apply to them. */
    public static boolean isPrivacyTopic(String topic) {
        return topic.endsWith(".privacy");
    }
}
