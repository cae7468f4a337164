package id.kombel.gateway.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** One service's part of a dashboard: its insights as it sent them, or unavailable. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DashboardPart(String status, @Nullable JsonNode data) {

    static DashboardPart ok(JsonNode data) {
        return new DashboardPart("ok", data);
    }

    static DashboardPart unavailable() {
        return new DashboardPart("unavailable", null);
    }

    boolean available() {
        return data != null;
    }
}
