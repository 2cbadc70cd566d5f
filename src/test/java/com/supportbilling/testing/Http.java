package com.supportbilling.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP requests on the loopback, to the management server a watch or schedule under test serves. */
public final class Http {

    private static final Pattern ANNOUNCED = Pattern.compile("management server: (http://\\S+)/health and ");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public record Response(int status, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Http() {
    }

    /** The endpoints' base URL, e.g. http://127.0.0.1:41234/actuator, once the log announces it. */
    public static URI managementBase(Path log) {
        AtomicReference<String> base = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Matcher announced = ANNOUNCED.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (announced.find()) {
                base.set(announced.group(1));
            }
            return base.get() != null;
        });
        return URI.create(base.get() + "/");
    }

    public static Response get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }
}
