package id.kombel.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for one service behind the gateway: answers {@code "<name> <path>"} unless told
 * otherwise for a path, records every request it receives, and can be stopped and started again on
 * the same port, answer slowly, or drop connections without answering.
 */
final class StubService {

    private final String name;
    private final int port;
    private final ExecutorService workers = Executors.newCachedThreadPool(daemon("stub-worker"));
    private final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor(daemon("stub-delay"));
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> drops = new ConcurrentHashMap<>();
    private volatile HttpServer server;

    private StubService(String name) {
        this.name = name;
        this.server = bind(0);
        this.port = server.getAddress().getPort();
    }

    static StubService start(String name) {
        return new StubService(name);
    }

    URI uri() {
        return URI.create("http://localhost:" + port);
    }

    /** Stops listening: the port refuses connections until {@link #restart()}. */
    synchronized void stop() {
        server.stop(0);
    }

    synchronized void restart() {
        server = bind(port);
    }

    void answer(String path, int status, String contentType, String body) {
        answers.put(path, new Answer(status, contentType, body, Duration.ZERO));
    }

    void answerSlowly(String path, Duration delay, String body) {
        answers.put(path, new Answer(200, "text/plain", body, delay));
    }

    /** The next {@code times} requests to the path get their connection closed without an answer. */
    void dropConnections(String path, int times) {
        drops.put(path, new AtomicInteger(times));
    }

    List<Received> received(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    int hits(String path) {
        return received(path).size();
    }

    private HttpServer bind(int onPort) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress("localhost", onPort), 0);
            created.setExecutor(workers);
            created.createContext("/", this::handle);
            created.start();
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getRawPath();
        received.add(new Received(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body));
        AtomicInteger drop = drops.get(path);
        if (drop != null && drop.getAndDecrement() > 0) {
            exchange.close();
            return;
        }
        Answer answer = answers.getOrDefault(path, new Answer(200, "text/plain", name + " " + path, Duration.ZERO));
        if (answer.delay().isZero()) {
            send(exchange, answer);
        } else {
            delays.schedule(() -> send(exchange, answer), answer.delay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static void send(HttpExchange exchange, Answer answer) {
        try (exchange) {
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException clientGone) {
            // the gateway gave up waiting: nothing to answer any more
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    record Received(String method, String path, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private record Answer(int status, String contentType, String body, Duration delay) {}
}
