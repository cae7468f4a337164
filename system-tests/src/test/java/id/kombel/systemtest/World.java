package id.kombel.systemtest;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The people and objects the probes act on, created through the public API as clients would: two
 * regions with an admin each, two verified communities (X in region R1, Y in region R2) with a lead
 * and two co-leads each, a plain member A of X, a member B with a private self-assessment, an
 * outsider, a proposed (unverified) community P in R2, and a separate region, member and community
 * for the fuzzer, so fuzzing cannot disturb what the security probes compare.
 *
 * <p>Setting up goes straight to membership-service: the gateway allows 5 logins a minute per
 * address, which a harness signing in a dozen people would exceed, and the setup is not what is
 * tested. The probes go through the gateway.
 */
final class World {

    private final RunningPlatform platform;
    private final Http http;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String password = "Sys-" + UUID.randomUUID() + "-tEst";
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, String> ids = new LinkedHashMap<>();

    record Actor(String name, String id, String email, String token, String refreshToken) {}

    World(RunningPlatform platform, Http http) {
        this.platform = platform;
        this.http = http;
    }

    World build() {
        Actor admin =
                login("admin", platform.adminEmail(), platform.credentials().getProperty("admin.password"));
        actors.put("admin", admin);
        String r1 = region(admin, "r1");
        String r2 = region(admin, "r2");
        String rf = region(admin, "rf");

        for (String name : new String[] {"leadX", "coX1", "coX2", "A", "B", "outsider", "adminR1"}) {
            register(name, r1);
        }
        for (String name : new String[] {"leadY", "coY1", "coY2", "adminR2"}) {
            register(name, r2);
        }
        register("fuzzer", rf);
        register("fuzzCo1", rf);
        register("fuzzCo2", rf);

        appointAdmin("adminR1", r1);
        appointAdmin("adminR2", r2);
        appointAdmin("fuzzer", rf);

        ids.put("X", verifiedCommunity("leadX", "coX1", "coX2", r1, "adminR1", "OPEN"));
        ids.put("Y", verifiedCommunity("leadY", "coY1", "coY2", r2, "adminR2", "APPROVAL"));
        ids.put("FZ", verifiedCommunity("fuzzer", "fuzzCo1", "fuzzCo2", rf, "fuzzer", "OPEN"));
        ids.put("P", community("leadY", r2, "OPEN"));

        expect(setup("POST", "/api/v1/communities/" + ids.get("X") + "/memberships", "A", null), 200, 201);
        // B keeps a private self-assessment that no peer may read
        expect(setup("PUT", "/api/v1/members/me", "B", """
                        {"name":"B %s","school":"SMP B","subjects":["Matematika"],"levels":["SMP"],
                         "educatorType":"PENDIDIK","digitalSkills":{"RUMAH_BELAJAR":3},
                         "privacy":{"school":"PRIVATE","subjects":"PRIVATE","levels":"PRIVATE","digitalSkills":"PRIVATE"}}""".formatted(run)), 200);
        return this;
    }

    /**
     * An actor with a token good for at least two more minutes: access tokens live 15 minutes, and
     * on a busy machine the probes outlast that. An actor whose token is about to expire signs in
     * again (straight at membership-service, so no login quota is spent).
     */
    synchronized Actor actor(String name) {
        Actor actor = actors.get(name);
        if (actor == null) {
            throw new IllegalArgumentException("no actor " + name + " in the world; known: " + actors.keySet());
        }
        long expires = Tokens.claimsOf(actor.token()).path("exp").asLong(Long.MAX_VALUE);
        if (expires - Instant.now().getEpochSecond() < 120) {
            return relogin(name);
        }
        return actor;
    }

    String id(String name) {
        if (actors.containsKey(name)) {
            return actors.get(name).id();
        }
        String id = ids.get(name);
        if (id == null) {
            throw new IllegalArgumentException("no object " + name + " in the world; known: " + ids.keySet());
        }
        return id;
    }

    /** Replaces {@code {name}} placeholders with the ids of the world's actors and objects. */
    String resolve(String template) {
        String resolved = template;
        for (var actor : actors.values()) {
            resolved = resolved.replace("{" + actor.name() + "}", actor.id());
        }
        for (var entry : ids.entrySet()) {
            resolved = resolved.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return resolved.replace("{run}", run);
    }

    /** Records an object found later (say, a notification that arrived), for {@link #resolve}. */
    void remember(String name, String id) {
        ids.put(name, id);
    }

    Map<String, String> objects() {
        return Map.copyOf(ids);
    }

    String run() {
        return run;
    }

    /** A fresh login for an actor (new access and refresh tokens), straight at membership-service. */
    synchronized Actor relogin(String name) {
        Actor old = actors.get(name);
        String secret = name.equals("admin") ? platform.credentials().getProperty("admin.password") : password;
        Actor fresh = login(name, old.email(), secret);
        actors.put(name, fresh);
        return fresh;
    }

    Http.Response call(String method, String path, @Nullable String actor, @Nullable String json) {
        return call(platform.gateway(), method, path, actor, json);
    }

    Http.Response call(URI base, String method, String path, @Nullable String actor, @Nullable String json) {
        String token = actor == null ? null : actor(actor).token();
        return http.send(Http.Request.of(method, base, path, token).json(json));
    }

    private Http.Response setup(String method, String path, @Nullable String actor, @Nullable String json) {
        return call(platform.membership(), method, path, actor, json);
    }

    private String region(Actor admin, String label) {
        String code = "sys-" + label + "-" + run;
        expect(
                http.send(Http.Request.of("POST", platform.membership(), "/api/v1/regions", admin.token())
                        .json("""
                                {"code":"%s","name":"Region %s","province":"Jawa Barat","timeZone":"WIB"}""".formatted(code, label))),
                201);
        ids.put(label.toUpperCase(), code);
        return code;
    }

    private void register(String name, String regionId) {
        String email = name.toLowerCase() + "-" + run + "@system-test.kombel.local";
        expect(
                http.send(Http.Request.of("POST", platform.membership(), "/api/v1/members", null)
                        .json("""
                                {"email":"%s","password":"%s","name":"Guru %s","regionId":"%s","school":"SMP %s",
                                 "subjects":["Matematika"],"levels":["SMP"],"educatorType":"PENDIDIK"}""".formatted(email, password, name, regionId, name))),
                201);
        actors.put(name, login(name, email, password));
    }

    private Actor login(String name, String email, String secret) {
        JsonNode tokens = expect(
                        http.send(Http.Request.of("POST", platform.membership(), "/api/v1/auth/login", null)
                                .json("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, secret))),
                        200)
                .json();
        String token = tokens.get("accessToken").asString();
        String id = Tokens.claimsOf(token).get("sub").asString();
        return new Actor(name, id, email, token, tokens.get("refreshToken").asString());
    }

    private void appointAdmin(String name, String regionId) {
        expect(
                setup(
                        "PUT",
                        "/api/v1/regions/" + regionId + "/admins/" + actor(name).id(),
                        "admin",
                        null),
                200,
                201,
                204);
        relogin(name); // roles are taken at sign-in
    }

    private String verifiedCommunity(
            String lead, String co1, String co2, String regionId, String regionAdmin, String policy) {
        String community = community(lead, regionId, policy);
        for (String co : new String[] {co1, co2}) {
            expect(
                    setup(
                            "POST",
                            "/api/v1/communities/" + community + "/invitations",
                            lead,
                            "{\"memberId\":\"" + actor(co).id() + "\",\"role\":\"CO_LEAD\"}"),
                    201);
            expect(
                    setup(
                            "POST",
                            "/api/v1/communities/" + community + "/memberships/"
                                    + actor(co).id() + "/accept",
                            co,
                            null),
                    200);
        }
        expect(setup("POST", "/api/v1/communities/" + community + "/verify", regionAdmin, null), 200);
        return community;
    }

    private String community(String lead, String regionId, String policy) {
        return expect(setup("POST", "/api/v1/communities", lead, """
                                {"regionId":"%s","type":"CROSS_SCHOOL","name":"Kombel %s %s",
                                 "description":"Komunitas uji sistem","subjects":["Matematika"],"levels":["SMP"],
                                 "joinPolicy":"%s","meeting":{"frequency":"WEEKLY","dayOfWeek":"THURSDAY","time":"15:30"}}""".formatted(regionId, lead, run, policy)), 201)
                .json()
                .get("id")
                .asString();
    }

    static Http.Response expect(Http.Response response, int... statuses) {
        for (int status : statuses) {
            if (response.status() == status) {
                return response;
            }
        }
        throw new IllegalStateException("setting up the world: " + response.describe());
    }
}
