package com.moodbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.config.Build;
import com.moodbot.support.TestModels;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code serve} in its own process, configured only by the environment variables README documents. */
class ServiceEnvironmentTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> get(ServiceProcess service, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri(path)).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void messengerSecretsAdminTokenAndModelComeFromTheEnvironment() throws Exception {
        Path model = TestModels.random(5);
        try (ServiceProcess service = ServiceProcess.start(List.of("-Xmx512m", "-Dai.djl.offline=true"), Map.of(
                "MOODBOT_MESSENGER_APP_SECRET", "env-secret",
                "MOODBOT_MESSENGER_VERIFY_TOKEN", "env-verify",
                "MOODBOT_MESSENGER_PAGE_ACCESS_TOKEN", "env-page-token",
                "MOODBOT_ADMIN_TOKEN", "env-admin-token-0123",
                "MOODBOT_MODEL_DIR", model.toString()), Duration.ofSeconds(90))) {
            HttpResponse<String> verify = get(service,
                    "/webhook?hub.mode=subscribe&hub.verify_token=env-verify&hub.challenge=4711");
            assertEquals(200, verify.statusCode(), verify.body());
            assertEquals("4711", verify.body());
            assertEquals(403, get(service, "/webhook?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1")
                    .statusCode());
            HttpResponse<String> status = get(service, "/admin/status", "Authorization", "Bearer env-admin-token-0123");
            assertEquals(200, status.statusCode());
            assertTrue(status.body().contains("\"moodCorrections\":{}"), "named while there are none: " + status.body());
            assertEquals(401, get(service, "/admin/status", "Authorization", "Bearer nope").statusCode());
        }
    }

    @Test
    void anAdminTokenShorterThan16CharactersStopsServeWithOneLine() throws Exception {
        Path model = TestModels.random(5);
        ServiceProcess.Exited exited = ServiceProcess.startExpectingExit(List.of("-Xmx512m", "-Dai.djl.offline=true"),
                Map.of("MOODBOT_ADMIN_TOKEN", "too-short-token", "MOODBOT_MODEL_DIR", model.toString(),
                        "MOODBOT_WARM_UP_ENABLED", "false"), Duration.ofSeconds(90));
        assertEquals(2, exited.status(), "a mistake the user can fix: " + String.join("\n", exited.output()));
        List<String> refusals = exited.output().stream().filter(l -> l.contains("MOODBOT_ADMIN_TOKEN")).toList();
        assertEquals(1, refusals.size(), String.join("\n", exited.output()));
        assertTrue(refusals.get(0).startsWith("serve: refusing to start: ") && refusals.get(0).contains("16"),
                refusals.get(0));
        assertTrue(exited.output().stream().noneMatch(l -> l.contains("too-short-token") || l.startsWith("\tat ")),
                "neither the token nor a stack trace: " + String.join("\n", exited.output()));
    }

    @Test
    void aLogFormatItDoesNotKnowStopsServeWithOneLineInsteadOfLoggingNothing() throws Exception {
        ServiceProcess.Exited exited = ServiceProcess.startExpectingExit(List.of("-Xmx256m"),
                Map.of("MOODBOT_LOG_FORMAT", "text"), Duration.ofSeconds(90));
        assertEquals(2, exited.status(), String.join("\n", exited.output()));
        assertTrue(exited.output().contains("moodbot: MOODBOT_LOG_FORMAT is 'text'; it takes plain or json"),
                String.join("\n", exited.output()));
    }

    @Test
    void logsAreOneJsonObjectPerLineOnRequest() throws Exception {
        Path model = TestModels.random(5);
        List<String> lines;
        // the production logging configuration, not the tests' logback-test.xml that is on this classpath too
        String config = Path.of(ServiceEnvironmentTest.class.getResource("/logback.xml").toURI()).toString();
        try (ServiceProcess service = ServiceProcess.start(List.of("-Xmx512m", "-Dai.djl.offline=true",
                "-Dlogback.configurationFile=" + config), Map.of(
                "MOODBOT_LOG_FORMAT", "json",
                "MOODBOT_MODEL_DIR", model.toString()), Duration.ofSeconds(90))) {
            assertEquals(200, get(service, "/health/readiness").statusCode());
            lines = service.logOnceItHas(" is listening on", Duration.ofSeconds(30));
        }
        JsonMapper json = JsonMapper.createDefault();
        List<JsonNode> ours = new ArrayList<>();
        for (String line : lines) {
            if (line.contains("\"loggerName\":\"com.moodbot")) {
                ours.add(json.readValue(line, JsonNode.class));
            }
        }
        assertTrue(ours.size() >= 2, "the service's own log lines: " + lines);
        for (JsonNode entry : ours) {
            // the random test model's folder holds no YuNet, so serve warns that it uses the cascade
            assertTrue(List.of("INFO", "WARN").contains(entry.get("level").getStringValue()), entry.toString());
            assertTrue(entry.get("formattedMessage").getStringValue().length() > 0);
            assertTrue(entry.get("timestamp").isNumber());
            List<String> fields = new ArrayList<>();
            entry.entries().forEach(e -> fields.add(e.getKey()));
            assertTrue(Set.of("timestamp", "level", "threadName", "loggerName", "formattedMessage", "throwable")
                    .containsAll(fields), "the fields README names, no others: " + fields);
        }
        assertTrue(ours.stream().anyMatch(e -> e.get("formattedMessage").getStringValue().startsWith("moodbot " + Build.VERSION + " is listening on")));
        assertTrue(ours.stream().noneMatch(e -> e.get("formattedMessage").getStringValue().contains("{}")),
                "messages are formatted");
        assertTrue(lines.stream().noneMatch(l -> l.contains("|-INFO in ch.qos.logback") || l.contains("|-WARN in ch.qos")),
                "logback's own status stays out of the output");
        assertTrue(lines.stream().noneMatch(l -> l.matches("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*")), "no plain-text lines");
    }
}
