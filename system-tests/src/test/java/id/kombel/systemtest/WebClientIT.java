package id.kombel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web client (module {@code web}) in headless Chromium against this running platform, through
 * the gateway that serves it: {@code web/e2e/run.mjs} (playwright-core, installed by the web module's
 * {@code npm ci}) drives the teacher, lead and region-admin flows, measures the first load and saves
 * screenshots to {@code web/target/screenshots/}. Before the rate-limit probes, which spend this
 * address's quotas. Needs Debian's {@code chromium} ({@code .ci/run} installs it): without it the test
 * fails in CI and is skipped elsewhere.
 */
@Order(3)
@ExtendWith(Suite.Resolver.class)
class WebClientIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long LIMIT_MINUTES = 12;

    private final Suite suite;

    WebClientIT(Suite suite) {
        this.suite = suite;
    }

    @Test
    void teachersLeadsAndRegionAdminsUseTheWebClientInARealBrowser() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            String missing = CHROMIUM + " is missing: install Debian's chromium package (apt-get install chromium)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing);
            }
            assumeTrue(false, missing);
        }
        Path web = Path.of(System.getProperty("kombel.root", "..")).resolve("web");
        assertThat(web.resolve("node_modules/playwright-core"))
                .as("playwright-core, installed by the web module's build (npm ci)")
                .exists();

        ProcessBuilder node = new ProcessBuilder("node", "e2e/run.mjs")
                .directory(web.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = node.environment();
        env.put("KOMBEL_URL", suite.gateway().toString());
        env.put("KOMBEL_MEMBERSHIP_URL", suite.platform.membership().toString());
        env.put("KOMBEL_ADMIN_EMAIL", suite.platform.adminEmail());
        env.put("KOMBEL_ADMIN_PASSWORD", suite.platform.credentials().getProperty("admin.password"));
        env.put("CHROMIUM", CHROMIUM.toString());

        Process run = node.start();
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> print(run, output), "web-e2e-output");
        reader.start();
        boolean finished = run.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly();
        }
        reader.join(10_000);
        String tail;
        synchronized (output) {
            tail = String.join("\n", output.subList(Math.max(0, output.size() - 60), output.size()));
        }
        assertThat(finished)
                .as("the e2e run ended within %d minutes:%n%s", LIMIT_MINUTES, tail)
                .isTrue();
        assertThat(run.exitValue()).as("web/e2e/run.mjs:%n%s", tail).isZero();
    }

    private static void print(Process run, List<String> output) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                System.out.println(line);
                synchronized (output) {
                    output.add(line);
                }
            }
        } catch (IOException e) {
            System.out.println("web e2e output ended: " + e.getMessage());
        }
    }
}
