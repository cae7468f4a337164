package id.kombel.discussion.counter;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/counters}: recounts every problem's and solution's counters from the documents
 * they count, for drift that exists already (written before counters were recounted, or by hand).
 * Platform admins only, on the service's own port (the gateway never routes to actuator).
 */
@Component
@Endpoint(id = "counters")
class CountersEndpoint {

    private final Counters counters;

    CountersEndpoint(Counters counters) {
        this.counters = counters;
    }

    @WriteOperation
    public Counters.Recounted recount() {
        return counters.all();
    }
}
