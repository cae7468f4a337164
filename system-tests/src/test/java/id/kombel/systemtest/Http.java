package id.kombel.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the probes: raw bodies in and out, so malformed input stays malformed. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong SENT = new AtomicLong();

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** Every request any probe or the fuzzer sent in this run. */
    static long sent() {
        return SENT.get();
    }

    Response send(Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .timeout(Duration.ofSeconds(60))
                .method(
                        request.method(),
                        request.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.body() != null && !request.headers().containsKey("Content-Type")) {
            builder.header("Content-Type", "application/json");
        }
        if (request.token() != null) {
            builder.header("Authorization", "Bearer " + request.token());
        }
        request.headers().forEach(builder::header);
        SENT.incrementAndGet();
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(
                    request, response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            String id = request.headers().get("X-Request-Id");
            throw new UncheckedIOException(
                    request.describe() + (id == null ? "" : " (X-Request-Id " + id + ")") + " failed: "
                            + e.getMessage(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One request; {@code uri} is complete (base + path + query, already encoded). */
    record Request(
            String method, URI uri, @Nullable String token, byte @Nullable [] body, Map<String, String> headers) {

        static Request of(String method, URI base, String pathAndQuery, @Nullable String token) {
            return new Request(method, URI.create(base + pathAndQuery), token, null, Map.of());
        }

        Request json(@Nullable String json) {
            return new Request(
                    method, uri, token, json == null ? null : json.getBytes(StandardCharsets.UTF_8), headers);
        }

        Request bytes(byte[] raw) {
            return new Request(method, uri, token, raw, headers);
        }

        Request header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Request(method, uri, token, body, Map.copyOf(more));
        }

        String describe() {
            String shown = uri.toString();
            return method + " " + (shown.length() > 200 ? shown.substring(0, 200) + "..." : shown);
        }
    }

    record Response(Request request, int status, Map<String, java.util.List<String>> headers, byte[] raw) {

        String body() {
            return new String(raw, StandardCharsets.UTF_8);
        }

        @Nullable
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst()
                    .orElse(null);
        }

        JsonNode json() {
            return JSON.readTree(raw);
        }

        /** A response a probe can show in a failure message: request, status and the start of the body. */
        String describe() {
            String body = body();
            return request.describe() + " -> " + status + " "
                    + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }

        /** Internals a client must never see: Java stack frames, exception class names, framework packages. */
        boolean leaksInternals() {
            String body = body();
            return body.contains("\tat ")
                    || body.contains("at java.")
                    || body.contains("at org.springframework")
                    || body.matches(
                            "(?s).*\\b(java|org\\.springframework|com\\.mongodb|org\\.apache)\\.[a-z.]+[A-Z]\\w*(Exception|Error)\\b.*")
                    || body.contains("\"trace\"");
        }
    }
}
