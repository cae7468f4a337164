package id.kombel.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.platform.events.AggregateStore;
import id.kombel.test.IntegrationTest;
import id.kombel.test.TestIdentity;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/** After a real flow, the series ops dashboards and alerts rely on exist with their tags. */
@IntegrationTest
@AutoConfigureRestTestClient
class OpsMetricsTest {

    @Autowired
    RestTestClient http;

    @Autowired
    AggregateStore store;

    @Test
    void exposesEventRequestAndBacklogSeriesForScraping() {
        String id = "note-" + UUID.randomUUID();
        store.insert(Note.write(id, "measured"));
        http.get()
                .uri("/api/v1/notes/" + id)
                .header("Authorization", "Bearer " + TestIdentity.shared().member("ops-reader"))
                .exchange()
                .expectStatus()
                .isOk();

        await("event consumed")
                .untilAsserted(() -> assertThat(scrape())
                        .contains("kombel_events_processed_total{application=\"notes\",topic=\"test.note\"}"));
        String metrics = scrape();

        assertThat(metrics)
                .contains(
                        "kombel_events_published_total{application=\"notes\",topic=\"test.note\",type=\"NoteWritten\"}")
                .contains("kombel_outbox_pending{application=\"notes\"}")
                .contains("kombel_outbox_oldest_age_seconds{application=\"notes\"}")
                .contains("http_server_requests_seconds_count{application=\"notes\",error=\"none\",exception=\"none\","
                        + "method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/v1/notes/{id}\"}")
                .contains("jvm_memory_used_bytes")
                .doesNotContain("uri=\"/api/v1/notes/" + id);
        assertThat(scrapeWithInstance())
                .as("every series names the replica that reported it")
                .containsPattern("kombel_outbox_pending\\{application=\"notes\",instance=\"[^\"]+\"}");
    }

    /** The scrape without the {@code instance} tag, whose value depends on the machine. */
    private String scrape() {
        return scrapeWithInstance().replaceAll(",instance=\"[^\"]*\"", "");
    }

    private String scrapeWithInstance() {
        return http.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
