package id.kombel.test;

import org.testcontainers.kafka.KafkaContainer;

/** Real Kafka in a container; an outage is a paused container, so the address survives it. */
final class ContainerKafka implements TestKafka {

    private final KafkaContainer container =
            new KafkaContainer("apache/kafka:4.1.1").withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
    private boolean paused;

    @Override
    public void start() {
        container.start();
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public synchronized void stop() {
        container
                .getDockerClient()
                .pauseContainerCmd(container.getContainerId())
                .exec();
        paused = true;
    }

    @Override
    public synchronized void restart() {
        container
                .getDockerClient()
                .unpauseContainerCmd(container.getContainerId())
                .exec();
        paused = false;
    }

    @Override
    public synchronized void restartIfStopped() {
        if (paused) {
            restart();
        }
    }

    @Override
    public void close() {
        container.stop();
    }
}
