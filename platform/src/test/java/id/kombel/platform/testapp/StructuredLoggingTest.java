package id.kombel.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.test.IntegrationTest;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}, as docker-compose.yml sets it, every log line
 * is one JSON object that names the service and replica and carries the trace and span ids.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "logging.structured.format.console=ecs")
class StructuredLoggingTest {

    private static final Logger log = LoggerFactory.getLogger(StructuredLoggingTest.class);

    @Autowired
    Tracer tracer;

    @Test
    void writesEachLineAsJsonWithTheTraceAndSpanIds(CapturedOutput output) {
        Span span = tracer.nextSpan().name("structured-logging").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            log.info("ops can follow this line to its trace");
        } finally {
            span.end();
        }

        JsonNode line = lineWith(output, "ops can follow this line to its trace");
        assertThat(line.path("log").path("level").asString()).isEqualTo("INFO");
        assertThat(line.path("service").path("name").asString()).isEqualTo("notes");
        assertThat(line.path("service").path("node").path("name").asString()).isNotBlank();
        assertThat(line.path("traceId").asString()).isEqualTo(span.context().traceId());
        assertThat(line.path("spanId").asString()).isEqualTo(span.context().spanId());
    }

    private static JsonNode lineWith(CapturedOutput output, String message) {
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> lines = output.getOut()
                .lines()
                .filter(l -> l.contains(message))
                .map(json::readTree)
                .toList();
        assertThat(lines).as("one JSON line for the message").hasSize(1);
        return lines.get(0);
    }
}
