package id.kombel.systemtest;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The members and communities the faults act on, made fresh (the security world's tokens may have
 * expired by the time the faults run): a region, a lead with two co-leads, verified communities with
 * approval policy (a join request notifies the lead), and members who ask to join them. Set up
 * straight at membership-service, as {@link World} is.
 */
final class FaultWorld {

    /** One write of a burst: who sends what where, and the key its effect is found under. */
    record Write(
            String key, String path, String token, @Nullable String body) {}

    private static final int MEMBERS = 24;
    private static final int KILL_COMMUNITIES = 6;
    private static final int OUTAGE_COMMUNITIES = 4;

    private final Suite suite;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String password = "Fault-" + UUID.randomUUID() + "-tEst";
    private final List<World.Actor> members = Collections.synchronizedList(new ArrayList<>());
    private final List<String> killCommunities = new ArrayList<>();
    private final List<String> outageCommunities = new ArrayList<>();
    private World.Actor lead;
    private World.Actor coLead;
    private World.Actor coLead2;
    private String admin;
    private String community;

    FaultWorld(Suite suite) {
        this.suite = suite;
    }

    FaultWorld build() {
        admin = suite.world.relogin("admin").token();
        String region = "sys-fault-" + run;
        expect(post("/api/v1/regions", admin, """
                {"code":"%s","name":"Region fault %s","province":"Jawa Barat","timeZone":"WIB"}""".formatted(region, run)), 201);
        lead = register("lead", region);
        coLead = register("co1", region);
        coLead2 = register("co2", region);
        List<Runnable> registrations = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            String name = "m" + i;
            registrations.add(() -> members.add(register(name, region)));
        }
        suite.inParallel(registrations);
        members.sort(java.util.Comparator.comparing(World.Actor::name));
        for (int i = 0; i < KILL_COMMUNITIES; i++) {
            killCommunities.add(verifiedCommunity(region, "APPROVAL"));
        }
        for (int i = 0; i < OUTAGE_COMMUNITIES; i++) {
            outageCommunities.add(verifiedCommunity(region, "APPROVAL"));
        }
        community = killCommunities.get(0);
        return this;
    }

    /**
     * Signs everyone in again: access tokens live 15 minutes and the faults, on a busy machine, take
     * longer than that. Each fault starts with fresh tokens.
     */
    FaultWorld freshTokens() {
        List<World.Actor> fresh = Collections.synchronizedList(new ArrayList<>());
        List<Runnable> logins = new ArrayList<>();
        for (World.Actor member : members()) {
            logins.add(() -> fresh.add(login(member.name(), member.email())));
        }
        suite.inParallel(logins);
        fresh.sort(java.util.Comparator.comparing(World.Actor::name));
        synchronized (members) {
            members.clear();
            members.addAll(fresh);
        }
        lead = login(lead.name(), lead.email());
        coLead = login(coLead.name(), coLead.email());
        coLead2 = login(coLead2.name(), coLead2.email());
        return this;
    }

    World.Actor lead() {
        return lead;
    }

    List<World.Actor> members() {
        return List.copyOf(members);
    }

    List<String> killCommunities() {
        return List.copyOf(killCommunities);
    }

    List<String> outageCommunities() {
        return List.copyOf(outageCommunities);
    }

    /** Every member asks to join every one of these communities: one write each. */
    List<Write> joinRequests(List<String> communities) {
        List<Write> writes = new ArrayList<>();
        for (World.Actor member : members) {
            for (String community : communities) {
                writes.add(new Write(
                        community + "/" + member.id(),
                        "/api/v1/communities/" + community + "/memberships",
                        member.token(),
                        null));
            }
        }
        Collections.shuffle(writes, new java.util.Random(20261128));
        return writes;
    }

    /** A problem the lead posts in the first community, for solutions to be proposed to. */
    String problem() {
        Http.Response posted = suite.http.send(Http.Request.of(
                        "POST",
                        suite.platform.discussion(),
                        "/api/v1/communities/" + community + "/problems",
                        lead.token())
                .json("""
                        {"title":"Murid kurang termotivasi %s","description":"Bagaimana membuat pecahan menarik?",
                         "category":"STUDENT_MOTIVATION","subject":"Matematika","level":"SMP","tags":["pecahan"]}""".formatted(run)));
        return expect(posted, 201).json().get("id").asString();
    }

    /** A co-lead proposes {@code count} solutions to the problem: one SolutionProposed each, one notification each. */
    List<Write> solutions(String problem, int count) {
        List<Write> writes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            writes.add(new Write(
                    "solution-" + i,
                    "/api/v1/problems/" + problem + "/solutions",
                    coLead.token(),
                    "{\"summary\":\"Solusi %d: permainan pecahan %s\",\"steps\":[\"Bagi kelas\",\"Main\"]}"
                            .formatted(i, run)));
        }
        return writes;
    }

    /** The keys of the writes of a burst that are stored, read back from the service that owns them. */
    java.util.Set<String> found(List<Write> writes) {
        java.util.Set<String> found = new java.util.HashSet<>();
        if (writes.get(0).key().startsWith("solution-")) {
            found.addAll(solutionSummaries(writes.get(0).path()).keySet());
            return found;
        }
        for (Write write : writes) {
            String[] communityAndMember = write.key().split("/");
            Http.Response response = suite.http.send(Http.Request.of(
                    "GET",
                    suite.platform.membership(),
                    "/api/v1/communities/" + communityAndMember[0] + "/memberships/" + communityAndMember[1],
                    write.token()));
            if (response.status() == 200
                    && response.json().path("status").asString().equals("REQUESTED")) {
                found.add(write.key());
            }
        }
        return found;
    }

    /**
     * The effects of these writes in the recipient's inbox (the lead's), by write key: a join
     * request's notification names community and member; a solution's names the solution, whose key
     * is found from its summary.
     */
    Map<String, Integer> effects(List<Write> writes) {
        Map<String, Integer> effects = new HashMap<>();
        boolean solutions = writes.get(0).key().startsWith("solution-");
        Map<String, String> solutionKeys = new HashMap<>();
        if (solutions) {
            solutionSummaries(writes.get(0).path()).forEach((key, id) -> solutionKeys.put(id, key));
        }
        java.util.Set<String> wanted = new java.util.HashSet<>();
        writes.forEach(write -> wanted.add(write.key()));
        String cursor = null;
        do {
            Http.Response page = expect(
                    suite.http.send(Http.Request.of(
                            "GET",
                            suite.platform.membership(),
                            "/api/v1/notifications?limit=100"
                                    + (cursor == null ? "" : "&cursor=" + Calls.encode(cursor)),
                            lead.token())),
                    200);
            for (JsonNode notification : page.json().path("items")) {
                JsonNode params = notification.path("params");
                String key = solutions
                        ? solutionKeys.get(params.path("solutionId").asString())
                        : params.path("communityId").asString() + "/"
                                + params.path("memberId").asString();
                String type = notification.path("type").asString();
                boolean ofThisFault = solutions ? type.equals("NEW_SOLUTION") : type.equals("JOIN_REQUESTED");
                if (ofThisFault && key != null && wanted.contains(key)) {
                    effects.merge(key, 1, Integer::sum);
                }
            }
            JsonNode next = page.json().path("next");
            cursor = next.isNull() || next.isMissingNode() ? null : next.asString();
        } while (cursor != null);
        return effects;
    }

    /** The problem's solutions by write key (their summaries say which write made them) to id. */
    private Map<String, String> solutionSummaries(String solutionsPath) {
        Map<String, String> byKey = new HashMap<>();
        String cursor = null;
        do {
            Http.Response page = expect(
                    suite.http.send(Http.Request.of(
                            "GET",
                            suite.platform.discussion(),
                            solutionsPath + "?limit=100" + (cursor == null ? "" : "&cursor=" + Calls.encode(cursor)),
                            lead.token())),
                    200);
            for (JsonNode solution : page.json().path("items")) {
                String summary = solution.path("summary").asString();
                if (summary.startsWith("Solusi ")) {
                    String key = "solution-" + summary.substring("Solusi ".length(), summary.indexOf(':'));
                    byKey.put(key, solution.path("id").asString());
                }
            }
            JsonNode next = page.json().path("next");
            cursor = next.isNull() || next.isMissingNode() ? null : next.asString();
        } while (cursor != null);
        return byKey;
    }

    private World.Actor register(String name, String region) {
        String email = "fault-" + name + "-" + run + "@system-test.kombel.local";
        expect(post("/api/v1/members", null, """
                {"email":"%s","password":"%s","name":"Guru %s","regionId":"%s","school":"SMP %s",
                 "subjects":["Matematika"],"levels":["SMP"],"educatorType":"PENDIDIK"}""".formatted(email, password, name, region, name)), 201);
        return login(name, email);
    }

    private World.Actor login(String name, String email) {
        JsonNode tokens = expect(
                        post(
                                "/api/v1/auth/login",
                                null,
                                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password)),
                        200)
                .json();
        String token = tokens.get("accessToken").asString();
        return new World.Actor(
                name,
                Tokens.claimsOf(token).get("sub").asString(),
                email,
                token,
                tokens.get("refreshToken").asString());
    }

    private String verifiedCommunity(String region, String policy) {
        String id = expect(
                        post("/api/v1/communities", lead.token(), """
                        {"regionId":"%s","type":"CROSS_SCHOOL","name":"Kombel gangguan %s %s",
                         "description":"Komunitas uji gangguan","subjects":["Matematika"],"levels":["SMP"],
                         "joinPolicy":"%s","meeting":{"frequency":"WEEKLY","dayOfWeek":"THURSDAY","time":"15:30"}}""".formatted(
                                region, run, UUID.randomUUID().toString().substring(0, 4), policy)),
                        201)
                .json()
                .get("id")
                .asString();
        for (World.Actor co : List.of(coLead, coLead2)) {
            expect(
                    post(
                            "/api/v1/communities/" + id + "/invitations",
                            lead.token(),
                            "{\"memberId\":\"" + co.id() + "\",\"role\":\"CO_LEAD\"}"),
                    201);
            expect(post("/api/v1/communities/" + id + "/memberships/" + co.id() + "/accept", co.token(), null), 200);
        }
        expect(post("/api/v1/communities/" + id + "/verify", admin, null), 200);
        return id;
    }

    private Http.Response post(String path, @Nullable String token, @Nullable String json) {
        URI membership = suite.platform.membership();
        return suite.http.send(Http.Request.of("POST", membership, path, token).json(json));
    }

    private static Http.Response expect(Http.Response response, int... statuses) {
        return World.expect(response, statuses);
    }
}
