package id.kombel.local;

import java.nio.file.Path;
import java.util.Map;

/**
 * One Spring Boot app of the platform: where its jar is, its port, what it must be told, and
 * whether it gets the JVM's full JIT (C2) rather than the quicker-starting C1 only.
 */
record App(String name, String module, PortSetting port, Map<String, String> environment, boolean fullJit) {

    Path jar(Path root) {
        return root.resolve(module).resolve("target").resolve(module + ".jar");
    }

    String url() {
        return "http://localhost:" + port.port();
    }
}
