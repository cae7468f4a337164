package id.kombel.local.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(value = OS.WINDOWS, disabledReason = "uses sleep and kill as the launcher and Ctrl-C")
class ParentWatchTest {

    @TempDir
    Path dir;

    private Process launcher;
    private Process app;

    @AfterEach
    void killEverything() {
        if (app != null) {
            app.destroyForcibly();
        }
        if (launcher != null) {
            launcher.destroyForcibly();
        }
    }

    @Test
    void endsTheAppWhenTheLauncherIsKilled() throws Exception {
        launcher = new ProcessBuilder("sleep", "60").start();
        app = startWatchedApp(launcher.pid());

        launcher.destroyForcibly(); // SIGKILL: the launcher gets no chance to stop anything

        await().atMost(Duration.ofSeconds(10)).until(() -> !app.isAlive());
        assertThat(app.exitValue()).isZero();
    }

    @Test
    void leavesCtrlCToTheLauncherButStopsOnSigterm() throws Exception {
        launcher = new ProcessBuilder("sleep", "60").start();
        app = startWatchedApp(launcher.pid());

        new ProcessBuilder("kill", "-INT", Long.toString(app.pid())).start().waitFor();
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(app::isAlive);

        app.destroy(); // SIGTERM, as the launcher sends it
        await().atMost(Duration.ofSeconds(10)).until(() -> !app.isAlive());
    }

    private Process startWatchedApp(long launcherPid) throws Exception {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-javaagent:" + agentJar() + "=" + launcherPid,
                        "-cp",
                        classesOf(Idle.class).toString(),
                        Idle.class.getName())
                .redirectErrorStream(true)
                .start();
        // the agent runs before main, so once main speaks the watch is in place
        var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(output.readLine()).isEqualTo("running");
        return process;
    }

    /** The agent as the build packages it: the agent's classes and a Premain-Class, nothing else. */
    private Path agentJar() throws IOException, URISyntaxException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), ParentWatch.class.getName());
        Path jar = dir.resolve("agent.jar");
        String entry = ParentWatch.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(Files.readAllBytes(classesOf(ParentWatch.class).resolve(entry)));
            out.closeEntry();
        }
        return jar;
    }

    private static Path classesOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
