package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.CapturedLog;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.TestServers;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Wrong admin tokens, by bearer header or the login form, are limited per client and logged without the token. */
class AdminAttemptsTest {

    private static final String TOKEN = "admin-token-0123456789abcdef";
    private final HttpClient http = HttpClient.newHttpClient();

    private int get(EmbeddedServer server, String path, String client, String bearer) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("X-Forwarded-For", client).header("Authorization", "Bearer " + bearer).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<String> login(EmbeddedServer server, String client, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/admin/login"))
                .header("X-Forwarded-For", client).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void wrongBearerTokensGet429AfterTheBurstAndOneLogLinePerClient() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger("s", graph, 41, Map.of("moodbot.admin.token", TOKEN,
                     "moodbot.web.trusted-proxies", "127.0.0.1", "moodbot.admin.failure-burst", 5));
             CapturedLog log = new CapturedLog(AdminAttempts.class)) {
            String attacker = "203.0.113.66";
            for (int i = 0; i < 5; i++) {
                String path = i % 2 == 0 ? "/admin/status" : "/admin/api/usage";
                assertEquals(401, get(server, path, attacker, "guess-number-" + i), path + " attempt " + i);
            }
            HttpResponse<Void> limited = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/admin/status"))
                    .header("X-Forwarded-For", attacker).header("Authorization", "Bearer guess-number-5").build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(429, limited.statusCode());
            assertTrue(limited.headers().firstValue("Retry-After").isPresent(), "Retry-After");
            assertEquals(429, get(server, "/admin/api/usage", attacker, "guess-number-6"));
            assertEquals(429, get(server, "/admin/status", attacker, TOKEN), "not even the right token is checked now");
            assertEquals(429, login(server, attacker, "guess-number-7").statusCode(), "the form shares the limit");

            assertEquals(200, get(server, "/admin/status", "198.51.100.1", TOKEN), "another client is not held up");
            assertEquals(200, get(server, "/admin/api/usage", "198.51.100.1", TOKEN));

            List<String> lines = log.lines();
            assertEquals(1, lines.size(), "one line per client per minute: " + lines);
            assertTrue(lines.get(0).contains(attacker), lines.get(0));
            assertFalse(lines.get(0).contains("guess-number"), "no token text: " + lines.get(0));
            assertEquals(0, log.withStackTraces());
        }
    }

    @Test
    void theRightTokenIsNeverCountedAgainstItsClient() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger("s", graph, 42, Map.of("moodbot.admin.token", TOKEN,
                     "moodbot.admin.failure-burst", 3))) {
            for (int i = 0; i < 20; i++) {
                assertEquals(200, get(server, "/admin/status", "203.0.113.9", TOKEN), "poll " + i);
            }
        }
    }

    @Test
    void aTokenShorterThan16CharactersIsRefusedWithoutSayingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AdminConfig("short-secret-15", 10, 10));
        assertTrue(e.getMessage().contains("MOODBOT_ADMIN_TOKEN") && e.getMessage().contains("16"), e.getMessage());
        assertFalse(e.getMessage().contains("short-secret-15"), e.getMessage());
        assertTrue(new AdminConfig("sixteen-chars-ok", 10, 10).enabled());
        assertFalse(new AdminConfig(null, 10, 10).enabled(), "unset: the admin endpoints are off");
    }
}
