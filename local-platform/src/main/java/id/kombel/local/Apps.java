package id.kombel.local;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The platform's line-up: which apps run, and how each one learns where everything else is. */
final class Apps {

    /** Outside Kubernetes the readiness group the launcher waits for exists only when asked for. */
    private static final Map<String, String> COMMON = Map.of(
            "SPRING_PROFILES_ACTIVE", "local",
            "MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");

    private Apps() {}

    static List<App> services(Settings settings, Credentials credentials) {
        return List.of(
                withAdmin(service(settings, "membership", settings.membership(), credentials), credentials),
                service(settings, "learning", settings.learning(), credentials),
                service(settings, "discussion", settings.discussion(), credentials));
    }

    static App gateway(Settings settings) {
        return new App(
                "gateway",
                "gateway",
                settings.gateway(),
                withCommon(Map.of(
                        "SERVER_PORT", String.valueOf(settings.gateway().port()),
                        "MEMBERSHIP_URL", localUrl(settings.membership()),
                        "LEARNING_URL", localUrl(settings.learning()),
                        "DISCUSSION_URL", localUrl(settings.discussion()))),
                // every request passes the gateway: C1-only code cost it about a third more CPU per
                // request (docs/performance.md), more than C2's compile time at start costs
                true);
    }

    private static App service(Settings settings, String name, PortSetting port, Credentials credentials) {
        return new App(
                name,
                name + "-service",
                port,
                withCommon(Map.of(
                        "SERVER_PORT",
                        String.valueOf(port.port()),
                        // each service owns its database; none reads another's
                        "MONGODB_URI",
                        "mongodb://localhost:" + settings.mongo().port() + "/kombel-" + name,
                        "KAFKA_BOOTSTRAP",
                        "localhost:" + settings.kafka().port(),
                        // tokens are checked against membership-service's published keys
                        "MEMBERSHIP_URL",
                        localUrl(settings.membership()),
                        // the same tombstone key in every service (erased members stay erased)
                        "KOMBEL_PRIVACY_SECRET",
                        credentials.privacySecret())),
                false);
    }

    /** membership-service creates the platform admin from these on its first start. */
    private static App withAdmin(App membership, Credentials credentials) {
        Map<String, String> environment = new HashMap<>(membership.environment());
        environment.put("KOMBEL_ADMIN_EMAIL", credentials.adminEmail());
        environment.put("KOMBEL_ADMIN_PASSWORD", credentials.adminPassword());
        return new App(
                membership.name(),
                membership.module(),
                membership.port(),
                Map.copyOf(environment),
                membership.fullJit());
    }

    private static String localUrl(PortSetting port) {
        return "http://localhost:" + port.port();
    }

    private static Map<String, String> withCommon(Map<String, String> specific) {
        Map<String, String> environment = new HashMap<>(COMMON);
        environment.putAll(specific);
        return Map.copyOf(environment);
    }
}
