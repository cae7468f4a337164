package id.kombel.platform.events;

/**
 * Each consumer owns a dead-letter topic per topic it consumes, so a failed record can be inspected
 * and replayed for the one consumer that failed on it.
 */
public final class DeadLetterTopics {

    private DeadLetterTopics() {}

    public static String of(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlt";
    }
}
