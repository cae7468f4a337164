import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.bson.Document;

/**
 * The measuring client of bench/run.sh (run as a single-file program with the MongoDB driver and
 * kafka-clients on the class path; not part of the build). Every command prints result lines
 * ("| ... |" markdown rows) on stdout and progress on stderr.
 *
 * <pre>
 *   propagation   201 of POST /api/v1/regions on membership-service -> the region replica in
 *                 learning-service's database, next to a raw Kafka producer -> consumer round on
 *                 the same broker (what Kafka's EndToEndLatency measures)
 *   mixed-setup   bench teachers, who join the bench community, and published activities to
 *                 register for; writes the file the mixed-load wrk script reads
 *   growth        seeds members, memberships, problems and activities up to a size (clones of
 *                 documents the services themselves wrote), then times the key reads and writes
 * </pre>
 *
 * Settings come from system properties (-Dname=value), see {@link #setting}.
 */
public final class BenchClient {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    public static void main(String[] args) throws Exception {
        BenchClient client = new BenchClient();
        switch (args[0]) {
            case "propagation" -> client.propagation();
            case "community" -> client.community(Path.of(args[1]));
            case "mixed-setup" -> client.mixedSetup(Path.of(args[1]));
            case "growth" -> client.growth(Integer.parseInt(args[1]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException("-D" + name + " is required");
        }
        return value;
    }

    private static int setting(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)));
    }

    // --- event propagation ---------------------------------------------------------------------

    void propagation() throws Exception {
        int samples = setting("samples", 500);
        String membership = setting("membership");
        String admin = setting("adminToken");
        long[] kafka = rawKafka(setting("kafka"), samples, 0);
        long[] kafkaDefault = rawKafka(setting("kafka"), samples / 2, 5);
        long[] accepted = new long[samples];
        long[] replicated = new long[samples];
        String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        try (MongoClient mongo = MongoClients.create(setting("mongo"))) {
            MongoCollection<Document> replicas =
                    mongo.getDatabase("kombel-learning").getCollection("region_replicas");
            for (int i = -20; i < samples; i++) { // 20 unmeasured, to warm the path
                String code = "bench-" + run + "-" + (i + 20);
                long sent = System.nanoTime();
                call("POST", membership + "/api/v1/regions", admin, """
                        {"code":"%s","name":"Bench %s","province":"Bench","timeZone":"WIB"}""".formatted(code, code), 201);
                long created = System.nanoTime();
                // polled on _id (the store's cheap path) every 0.2 ms: resolution well under the figures
                while (replicas.find(Filters.eq("_id", code)).first() == null) {
                    if (System.nanoTime() - created > TimeUnit.SECONDS.toNanos(30)) {
                        throw new IllegalStateException("region " + code + " never reached learning-service");
                    }
                    TimeUnit.MICROSECONDS.sleep(200);
                }
                long visible = System.nanoTime();
                if (i >= 0) {
                    accepted[i] = created - sent;
                    replicated[i] = visible - created;
                }
            }
        }
        row("raw Kafka: send -> consumed (acks=all, linger.ms=0, as the services)", kafka);
        row("raw Kafka, Kafka 4's default linger.ms=5 (before the platform's setting)", kafkaDefault);
        row("POST /api/v1/regions: request -> 201", accepted);
        row("201 -> region replica in learning-service", replicated);
    }

    /** Send, then poll until the same record comes back, one at a time (as EndToEndLatency does). */
    private long[] rawKafka(String bootstrap, int samples, int lingerMs) throws Exception {
        String topic = "bench.end-to-end";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            }
        }
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, String.valueOf(lingerMs));
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-e2e-" + UUID.randomUUID());
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumerProps.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "500");
        long[] latencies = new long[samples];
        byte[] payload = new byte[512];
        try (KafkaProducer<byte[], byte[]> producer =
                        new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer());
                KafkaConsumer<byte[], byte[]> consumer =
                        new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            for (int i = -20; i < samples; i++) {
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, payload)).get();
                ConsumerRecords<byte[], byte[]> records = ConsumerRecords.empty();
                while (records.isEmpty()) {
                    records = consumer.poll(Duration.ofSeconds(10));
                }
                if (i >= 0) {
                    latencies[i] = System.nanoTime() - sent;
                }
            }
        }
        return latencies;
    }

    // --- the bench community ----------------------------------------------------------------------

    /**
     * A region, a lead and two co-leads, and a verified open community, made directly on
     * membership-service as the launcher's demo data is (which goes through the gateway and may find
     * it cold). Writes "community id" and "lead email password" lines to {@code out}.
     */
    void community(Path out) throws Exception {
        String membership = setting("membership");
        String admin = setting("adminToken");
        String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        String region = "bench-" + run;
        call("POST", membership + "/api/v1/regions", admin, """
                {"code":"%s","name":"Bench %s","province":"Jawa Barat","timeZone":"WIB"}""".formatted(region, run), 201);
        String[] emails = new String[3];
        String[] tokens = new String[3];
        String[] ids = new String[3];
        String password = "Bench-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            emails[i] = "lead" + i + "-" + run + "@bench.kombel.local";
            register(membership, emails[i], password, region, i);
            tokens[i] = signIn(membership, emails[i], password);
            ids[i] = find(ID, call("GET", membership + "/api/v1/members/me", tokens[i], null, 200));
        }
        String community = find(ID, call("POST", membership + "/api/v1/communities", tokens[0], """
                {"regionId":"%s","type":"CROSS_SCHOOL","name":"MGMP Matematika SMP Bench %s",
                 "description":"Berbagi praktik baik pembelajaran matematika","subjects":["Matematika"],
                 "levels":["SMP"],"joinPolicy":"OPEN",
                 "meeting":{"frequency":"WEEKLY","dayOfWeek":"THURSDAY","time":"15:30"}}""".formatted(region, run), 201));
        for (int i = 1; i < 3; i++) {
            call("POST", membership + "/api/v1/communities/" + community + "/invitations", tokens[0],
                    "{\"memberId\":\"" + ids[i] + "\",\"role\":\"CO_LEAD\"}", 201);
            call("POST", membership + "/api/v1/communities/" + community + "/memberships/" + ids[i] + "/accept",
                    tokens[i], null, 200);
        }
        call("POST", membership + "/api/v1/communities/" + community + "/verify", admin, null, 200);
        Files.write(out, List.of("community " + community, "region " + region, "lead " + emails[0] + " " + password));
        System.err.printf("community: %s verified in region %s, lead %s%n", community, region, emails[0]);
    }

    private void register(String membership, String email, String password, String region, int n) throws Exception {
        call("POST", membership + "/api/v1/members", null, """
                {"email":"%s","password":"%s","name":"Guru Bench %d","regionId":"%s",
                 "school":"SMP Negeri %d Bandung","subjects":["Matematika"],"levels":["SMP"],
                 "educatorType":"PENDIDIK"}""".formatted(email, password, n, region, n % 50 + 1), 201);
    }

    private String signIn(String membership, String email, String password) throws Exception {
        return find(TOKEN, call("POST", membership + "/api/v1/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", 200));
    }

    // --- mixed load setup ----------------------------------------------------------------------

    /**
     * Teachers join the bench community and its lead publishes activities, open to every member, so
     * that each (teacher, activity) pair can register once; written as lines the wrk script reads.
     */
    void mixedSetup(Path out) throws Exception {
        String gateway = setting("gateway");
        String membership = setting("membership");
        String community = setting("community");
        String lead = setting("leadToken");
        int teachers = setting("teachers", 40);
        int activities = setting("activities", 50);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < teachers; i++) {
            String email = "guru" + i + "-" + run + "@bench.kombel.local";
            String password = "Bench-" + UUID.randomUUID();
            register(membership, email, password, setting("region"), i);
            String token = signIn(membership, email, password);
            call("POST", membership + "/api/v1/communities/" + community + "/memberships", token, null, 200, 201);
            tokens.add(token);
        }
        awaitGateway(gateway, lead);
        List<String> ids = new ArrayList<>();
        LocalDate day = LocalDate.now().plusDays(30);
        for (int i = 0; i < activities; i++) {
            String start = day.plusDays(i) + "T09:00";
            String end = day.plusDays(i) + "T11:00";
            String id = find(ID, write("POST", gateway + "/api/v1/communities/" + community + "/activities", lead, """
                    {"kind":"SHARING_SESSION","title":"Berbagi praktik baik %d","description":"Bench",
                     "startsAt":"%s","endsAt":"%s","mode":"ONLINE","onlineUrl":"https://meet.example/bench",
                     "capacity":500,"learningHoursJp":2,"competencies":["asesmen"],
                     "openToOtherCommunities":true}""".formatted(i, start, end), 201));
            write("POST", gateway + "/api/v1/activities/" + id + "/publish", lead, null, 200);
            ids.add(id);
        }
        List<String> lines = new ArrayList<>();
        lines.add("community " + community);
        tokens.forEach(token -> lines.add("token " + token));
        ids.forEach(id -> lines.add("activity " + id));
        Files.write(out, lines);
        System.err.printf("mixed-setup: %d teachers joined %s, %d activities published%n", teachers, community, activities);
    }

    // --- cost as the data grows ----------------------------------------------------------------

    /**
     * Tops members, memberships, problems and activities up to {@code size} documents each, every
     * one a clone of a document the service wrote (its real shape), spread over other communities
     * and members; the bench community keeps its own, so every query returns the same page at every
     * size. Then times the key reads and a write, sequentially (one at a time: latency, not load).
     */
    void growth(int size) throws Exception {
        String gateway = setting("gateway");
        String community = setting("community");
        String setupToken = setting("leadToken");
        int samples = setting("samples", 30);
        String problems = gateway + "/api/v1/communities/" + community + "/problems";
        try (MongoClient mongo = MongoClients.create(setting("mongo"))) {
            // the deep page needs six pages of the bench community's own problems, posted as a teacher would
            MongoCollection<Document> own = mongo.getDatabase("kombel-discussion").getCollection("problems");
            for (long n = own.countDocuments(Filters.eq("communityId", community)); n < 130; n++) {
                write("POST", problems, setupToken, problemJson(n), 201);
            }
            long seeding = System.nanoTime();
            seed(mongo.getDatabase("kombel-membership").getCollection("members"), size, (doc, n) -> {
                doc.put("email", "seed" + n + "@seed.kombel.local");
                doc.put("emailKey", "seed" + n + "@seed.kombel.local");
            });
            seed(mongo.getDatabase("kombel-membership").getCollection("memberships"), size, (doc, n) -> {
                String other = "seed-community-" + (n % 1000);
                doc.put("communityId", other);
                doc.put("memberId", "seed-member-" + n);
                doc.put("_id", other + ":seed-member-" + n);
            });
            seed(mongo.getDatabase("kombel-discussion").getCollection("problems"), size, (doc, n) -> {
                doc.put("communityId", "seed-community-" + (n % 1000));
                doc.put("authorId", "seed-member-" + n);
            });
            seed(mongo.getDatabase("kombel-learning").getCollection("activities"), size, (doc, n) -> {
                doc.put("communityId", "seed-community-" + (n % 1000));
            });
            System.err.printf("growth: seeded to %d in %.1f s%n", size, (System.nanoTime() - seeding) / 1e9);
        }
        // seeding a large size outlasts an access token (15 minutes): the lead signs in again
        String lead = System.getProperty("leadEmail") == null
                ? setupToken
                : signIn(setting("membership"), setting("leadEmail"), setting("leadPassword"));
        awaitGateway(gateway, lead);
        String cursor;
        try {
            cursor = deepCursor(problems + "?limit=20", lead, 5);
        } catch (IllegalStateException refused) {
            cursor = null; // the pages themselves are too slow (reported below as the first page's row)
        }
        String page6 = cursor;
        String label = size >= 1_000_000 ? (size / 1_000_000) + "M" : (size / 1000) + "k";
        time(label, "GET /api/v1/members/me (by _id)", samples, () -> call("GET", gateway + "/api/v1/members/me", lead, null, 200));
        time(label, "GET /api/v1/memberships (a member's communities)", samples,
                () -> call("GET", gateway + "/api/v1/memberships", lead, null, 200));
        time(label, "GET problems, first page (20)", samples, () -> call("GET", problems + "?limit=20", lead, null, 200));
        if (page6 != null) {
            time(label, "GET problems, page 6 (keyset cursor)", samples,
                    () -> call("GET", problems + "?limit=20&cursor=" + page6, lead, null, 200));
        } else {
            System.out.printf("| %s | GET problems, page 6 (keyset cursor) | not reached: the pages before it timed out | | |%n", label);
        }
        time(label, "GET problems?q=motivasi (keyword search)", samples,
                () -> call("GET", problems + "?q=" + URLEncoder.encode("motivasi", StandardCharsets.UTF_8), lead, null, 200));
        time(label, "GET activities of the community", samples,
                () -> call("GET", gateway + "/api/v1/communities/" + community + "/activities", lead, null, 200));
        time(label, "POST a problem (write + outbox)", samples, () -> call("POST", problems, lead, problemJson(0), 201));
    }

    static String problemJson(long n) {
        return """
                {"title":"Motivasi belajar siswa rendah %d","description":"Siswa kelas 8 kurang bersemangat saat pelajaran",
                 "category":"STUDENT_MOTIVATION","subject":"Matematika","level":"SMP","grade":8,
                 "tags":["motivasi"]}""".formatted(n);
    }

    /** A size the store cannot reach in this long is reported as such, not waited for. */
    private static final int SEED_LIMIT_SECONDS = Integer.getInteger("seedLimitSeconds", 600);

    private interface Mutation {
        void apply(Document doc, long n);
    }

    /** Inserts clones of the collection's first document until it holds {@code size}. */
    private static void seed(MongoCollection<Document> collection, int size, Mutation mutation) {
        long count = collection.countDocuments();
        Document template = collection.find().first();
        if (template == null) {
            throw new IllegalStateException(collection.getNamespace() + " is empty: nothing to clone");
        }
        template.put("outbox", new ArrayList<>());
        long started = System.nanoTime();
        List<Document> batch = new ArrayList<>();
        for (long n = count; n < size; n++) {
            Document doc = new Document(template);
            doc.put("_id", "seed-" + UUID.randomUUID());
            for (Map.Entry<String, Object> field : template.entrySet()) {
                if (field.getValue() instanceof Date date) { // distinct, older times: seeded items sort behind
                    doc.put(field.getKey(), Date.from(date.toInstant().minusSeconds(60 + n)));
                }
            }
            mutation.apply(doc, n);
            batch.add(doc);
            if (batch.size() == 1000) {
                collection.insertMany(batch);
                batch.clear();
                double seconds = (System.nanoTime() - started) / 1e9;
                if (seconds > SEED_LIMIT_SECONDS) {
                    long done = n + 1 - count;
                    throw new IllegalStateException(String.format(
                            "seeding %s stopped after %.0f s at %d documents (%.0f documents/s; %d would take %.0f s more)",
                            collection.getNamespace(), seconds, n + 1, done / seconds, size, (size - n - 1) / (done / seconds)));
                }
            }
        }
        if (!batch.isEmpty()) {
            collection.insertMany(batch);
        }
    }

    /** A cold gateway may not fetch membership-service's keys within its 2 s limit (503): wait. */
    private void awaitGateway(String gateway, String token) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                call("GET", gateway + "/api/v1/members/me", token, null, 200);
                return;
            } catch (IllegalStateException notYet) {
                if (attempt == 30) {
                    throw notYet;
                }
                TimeUnit.SECONDS.sleep(2);
            }
        }
    }

    private String deepCursor(String url, String token, int pages) throws Exception {
        String cursor = null;
        for (int i = 0; i < pages; i++) {
            String body = call("GET", url + (cursor == null ? "" : "&cursor=" + cursor), token, null, 200);
            Matcher next = NEXT.matcher(body);
            if (!next.find()) {
                throw new IllegalStateException("fewer than " + (pages + 1) + " pages at " + url);
            }
            cursor = next.group(1);
        }
        return cursor;
    }

    private interface Call {
        void run() throws Exception;
    }

    private static void time(String size, String what, int samples, Call call) throws Exception {
        try {
            call.run();
        } catch (IllegalStateException refused) {
            if (!String.valueOf(refused.getMessage()).contains(" answered 504")) {
                throw refused;
            }
            // slower than the gateway's 5 s limit: a point of the curve all the same, and the other
            // requests of this size are still measured
            System.out.printf("| %s | %s | > 5000 (504: over the gateway's 5 s limit) | | |%n", size, what);
            return;
        }
        call.run(); // warm
        long[] took = new long[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            call.run();
            took[i] = System.nanoTime() - start;
        }
        Arrays.sort(took);
        System.out.printf("| %s | %s | %.1f | %.1f | %.1f |%n", size, what, ms(percentile(took, 50)),
                ms(percentile(took, 90)), ms(took[took.length - 1]));
    }

    // --- helpers --------------------------------------------------------------------------------

    private static void row(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", what, sorted.length, ms(percentile(sorted, 50)),
                ms(percentile(sorted, 99)), ms(percentile(sorted, 99.9)), ms(sorted[sorted.length - 1]));
    }

    private static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /**
     * A setup write that survives a loaded machine: the gateway answers 504 when a service is slower
     * than its 5 s limit, though the write may have happened. With an Idempotency-Key the retry gets
     * the stored answer instead of doing it twice (409 while the first attempt still runs).
     */
    private String write(String method, String url, String token, String body, int... expected) throws Exception {
        String key = UUID.randomUUID().toString();
        for (int attempt = 1; ; attempt++) {
            try {
                return call(method, url, token, body, key, expected);
            } catch (IllegalStateException failed) {
                boolean retriable = failed.getMessage().contains(" answered 504")
                        || failed.getMessage().contains(" answered 503")
                        || failed.getMessage().contains("idempotency-key-in-progress");
                if (!retriable || attempt == 10) {
                    throw failed;
                }
                TimeUnit.SECONDS.sleep(2);
            }
        }
    }

    private String call(String method, String url, String token, String body, int... expected) throws Exception {
        return call(method, url, token, body, null, expected);
    }

    private String call(String method, String url, String token, String body, String idempotencyKey, int... expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body();
            }
        }
        throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
    }

    private static String find(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected answer: " + json);
        }
        return matcher.group(1);
    }
}
