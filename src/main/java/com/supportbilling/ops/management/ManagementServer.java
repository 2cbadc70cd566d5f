package com.supportbilling.ops.management;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.PortInUseException;

/**
 * The management server of watch and schedule (D100): Spring Boot Actuator's health and Prometheus
 * endpoints on {@code --management.server.port}, bound to 127.0.0.1 unless
 * {@code --management.server.address} says otherwise, and nothing at all without that port. It is
 * Boot's own separate management server: the long-running application becomes a servlet application
 * whose own server is off ({@code server.port=-1}), and Boot serves the endpoints from a child
 * context on the management port.
 */
public final class ManagementServer {

    public static final String PORT = "management.server.port";
    public static final String ADDRESS = "management.server.address";

    private ManagementServer() {
    }

    /**
     * Adds the management server to a long-running command's application, and returns its default
     * settings; an operator's own {@code --management.…} and {@code --server.…} settings win over them.
     */
    public static Map<String, String> addTo(SpringApplicationBuilder application) {
        application.sources(ManagementConfiguration.class);
        return Map.of(
                "spring.main.web-application-type", "servlet",
                "server.port", "-1",
                ADDRESS, "127.0.0.1",
                "management.endpoints.web.exposure.include", "health,prometheus",
                "management.endpoint.health.show-details", "always",
                "management.endpoint.health.show-components", "always");
    }

    /** The sentence for a management port another program has taken: a setting to change, not a failure. */
    public static Optional<String> portTaken(Throwable error, String address) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PortInUseException taken) {
                return Optional.of("The management server cannot listen on " + address + ":" + taken.getPort()
                        + ": another program uses that port. Choose another --management.server.port.");
            }
        }
        return Optional.empty();
    }
}
