package id.kombel.local;

import java.nio.file.Path;
import java.util.Map;

/** One Spring Boot app of the platform: where its jar is, its port, and what it must be told. */
record App(String name, String module, PortSetting port, Map<String, String> environment) {

    Path jar(Path root) {
        return root.resolve(module).resolve("target").resolve(module + ".jar");
    }

    String url() {
        return "http://localhost:" + port.port();
    }
}
