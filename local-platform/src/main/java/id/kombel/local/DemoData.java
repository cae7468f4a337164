package id.kombel.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a small, meaningful first look through the gateway, exactly as a client would: a region,
 * three teachers, and a verified community led by one of them with the other two as co-leads. Runs
 * once per data folder; a marker file records that it did.
 */
final class DemoData {

    static final String REGION = "kota-bandung";
    static final String LEAD_EMAIL = "siti@demo.kombel.local";
    private static final String[][] TEACHERS = {
        {LEAD_EMAIL, "Siti Rahmawati", "SMP Negeri 5 Bandung"},
        {"budi@demo.kombel.local", "Budi Santoso", "SMP Negeri 12 Bandung"},
        {"ani@demo.kombel.local", "Ani Wulandari", "SMP Pasundan 1 Bandung"}
    };
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http;
    private final String gateway;
    private final Credentials credentials;

    DemoData(HttpClient http, String gateway, Credentials credentials) {
        this.http = http;
        this.gateway = gateway;
        this.credentials = credentials;
    }

    /** @return true if it loaded the data now, false if an earlier run already had */
    boolean loadOnce(Path dataDir) throws IOException, InterruptedException {
        Path marker = dataDir.resolve("demo-data-loaded");
        if (Files.exists(marker)) {
            return false;
        }
        String admin = signIn(credentials.adminEmail(), credentials.adminPassword());
        call("POST", "/api/v1/regions", admin, """
                {"code":"%s","name":"Kota Bandung","province":"Jawa Barat","timeZone":"WIB"}""".formatted(REGION), 201, 409);
        String[] ids = new String[TEACHERS.length];
        String[] tokens = new String[TEACHERS.length];
        for (int i = 0; i < TEACHERS.length; i++) {
            String[] teacher = TEACHERS[i];
            call(
                    "POST",
                    "/api/v1/members",
                    null,
                    """
                    {"email":"%s","password":"%s","name":"%s","regionId":"%s","school":"%s",
                     "subjects":["Matematika"],"levels":["SMP"],"educatorType":"PENDIDIK"}""".formatted(teacher[0], credentials.demoPassword(), teacher[1], REGION, teacher[2]),
                    201,
                    409);
            tokens[i] = signIn(teacher[0], credentials.demoPassword());
            ids[i] = find(ID, call("GET", "/api/v1/members/me", tokens[i], null, 200));
        }
        String community = find(ID, call("POST", "/api/v1/communities", tokens[0], """
                {"regionId":"%s","type":"CROSS_SCHOOL","name":"MGMP Matematika SMP Kota Bandung",
                 "description":"Berbagi praktik baik pembelajaran matematika dan pemanfaatan Ruang GTK",
                 "subjects":["Matematika"],"levels":["SMP"],"joinPolicy":"OPEN",
                 "meeting":{"frequency":"WEEKLY","dayOfWeek":"THURSDAY","time":"15:30"}}""".formatted(REGION), 201));
        for (int i = 1; i < TEACHERS.length; i++) {
            call(
                    "POST",
                    "/api/v1/communities/" + community + "/invitations",
                    tokens[0],
                    "{\"memberId\":\"" + ids[i] + "\",\"role\":\"CO_LEAD\"}",
                    201);
            call(
                    "POST",
                    "/api/v1/communities/" + community + "/memberships/" + ids[i] + "/accept",
                    tokens[i],
                    null,
                    200);
        }
        call("POST", "/api/v1/communities/" + community + "/verify", admin, null, 200);
        Files.writeString(marker, community);
        return true;
    }

    private String signIn(String email, String password) throws IOException, InterruptedException {
        return find(
                ACCESS_TOKEN,
                call(
                        "POST",
                        "/api/v1/auth/login",
                        null,
                        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
                        200));
    }

    private String call(String method, String path, String token, String body, int... expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body();
            }
        }
        throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }

    private static String find(Pattern pattern, String json) throws IOException {
        Matcher matcher = pattern.matcher(json);
        if (!matcher.find()) {
            throw new IOException("unexpected answer: " + json);
        }
        return matcher.group(1);
    }
}
