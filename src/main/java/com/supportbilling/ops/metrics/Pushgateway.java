package com.supportbilling.ops.metrics;

import com.supportbilling.run.ExitCode;
import com.supportbilling.run.RunOutcome;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.exporter.pushgateway.Format;
import io.prometheus.metrics.exporter.pushgateway.PushGateway;
import io.prometheus.metrics.exporter.pushgateway.Scheme;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run's meters — those watch and schedule show (D102), for this run alone — and their push to the
 * Pushgateway at a URL (D103). A push that fails is one warning sentence on stderr; it never changes
 * the run's exit code.
 */
final class Pushgateway {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(Pushgateway.class);

    private final String url;
    private final String job;
    private final PrintWriter err;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final RunMeters meters = new RunMeters(registry);
    private boolean ran;

    Pushgateway(String url, String job, PrintWriter err) {
        this.url = url;
        this.job = job;
        this.err = err;
    }

    RunOutcome timed(Supplier<RunOutcome> run) {
        long start = System.nanoTime();
        RunOutcome outcome = run.get();
        meters.ran(outcome, Duration.ofNanos(System.nanoTime() - start));
        ran = true;
        return outcome;
    }

    /**
     * Pushes the outcome {@link #timed} kept, or else the exit code alone (the billing application
     * could not start, for instance), by POST: the metrics pushed replace those of the same names in the
     * job's group, and the others stay, so a failed run leaves the month of the last billed one in place.
     */
    void push(int exitCode) {
        if (!ran) {
            Arrays.stream(ExitCode.values()).filter(code -> code.code() == exitCode).findFirst().ifPresent(meters::ended);
        }
        try {
            gateway().pushAdd();
            log.info("the run's figures were pushed to the Pushgateway at {} as job {}", shown(), job);
        } catch (IOException | RuntimeException e) {
            log.warn("the run's figures could not be pushed to {}", shown(), e);
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            err.println("Warning: the run's figures were not pushed to the Pushgateway at " + shown() + ": "
                    + Objects.requireNonNullElse(cause.getMessage(), cause.getClass().getSimpleName())
                            .replaceAll("[.\\s]+$", "") + ". The run itself is not affected.");
            err.flush();
        }
    }

    private PushGateway gateway() {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + shown() + "' is not a URL: write http://HOST:9091", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("'" + shown() + "' is not an http(s) URL: write http://HOST:9091");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        PushGateway.Builder gateway = PushGateway.builder()
                .scheme(scheme.equals("https") ? Scheme.HTTPS : Scheme.HTTP)
                .address(uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path)
                .job(job)
                .format(Format.PROMETHEUS_TEXT)
                .connectionTimeout(TIMEOUT)
                .readTimeout(TIMEOUT)
                .registry(registry.getPrometheusRegistry());
        if (uri.getUserInfo() != null) {
            String[] user = uri.getUserInfo().split(":", 2);
            gateway.basicAuth(user[0], user.length > 1 ? user[1] : "");
        }
        return gateway.build();
    }

    /** The URL without its user and password, for sentences and the log. */
    private String shown() {
        return url.replaceFirst("//[^/@]*@", "//");
    }
}
