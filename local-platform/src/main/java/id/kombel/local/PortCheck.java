package id.kombel.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every port the platform cannot use before anything starts, so a clash is reported once,
 * by port and variable, instead of as a bind error buried in one app's log a minute later.
 */
final class PortCheck {

    private PortCheck() {}

    /** One readable line per problem; empty when every port is free and no two settings collide. */
    static List<String> problems(List<PortSetting> ports) {
        List<String> problems = new ArrayList<>();
        Map<Integer, PortSetting> seen = new HashMap<>();
        for (PortSetting setting : ports) {
            PortSetting earlier = seen.putIfAbsent(setting.port(), setting);
            if (earlier != null) {
                problems.add("Port %d is set for both %s (%s) and %s (%s): give one of them another port."
                        .formatted(
                                setting.port(),
                                earlier.component(),
                                earlier.variable(),
                                setting.component(),
                                setting.variable()));
            } else if (!isFree(setting.port())) {
                problems.add("Port %d (%s) is already in use: stop what uses it, or run with %s=<free port>."
                        .formatted(setting.port(), setting.component(), setting.variable()));
            }
        }
        return problems;
    }

    /**
     * Binds the wildcard address the way a Spring Boot app will: on Linux that fails when anything
     * listens on the port, on any local address.
     */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return socket.getLocalPort() == port;
        } catch (IOException inUse) {
            return false;
        }
    }

    /** A port nobody listens on right now, for listeners no client needs to know in advance. */
    static int anyFreePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
