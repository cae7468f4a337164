package id.kombel.platform.events;

import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

/**
 * {@code POST /actuator/replay/{topic}}: the operator's handle on {@link TopicReplay}. Actuator is
 * reachable on the service's own port only, never through the gateway.
 */
@Endpoint(id = "replay")
public class ReplayEndpoint {

    private final TopicReplay replay;

    public ReplayEndpoint(TopicReplay replay) {
        this.replay = replay;
    }

    @WriteOperation
    public WebEndpointResponse<Map<String, Object>> replay(@Selector String topic) {
        if (!replay.consumes(topic)) {
            return new WebEndpointResponse<>(Map.of("topic", topic, "error", "not consumed here"), 404);
        }
        return new WebEndpointResponse<>(Map.of("topic", topic, "partitionsRewound", replay.replay(topic)));
    }
}
