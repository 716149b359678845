package com.moodbot.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.TestServers;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metrics answer on the management port only; the health probes stay on the service's port. */
class ManagementPortTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void metricsAreServedOnTheManagementPortAndHealthStaysOnTheMainPort() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi(); EmbeddedServer server = TestServers.messenger("s", graph, 5, Map.of())) {
            for (String spelling : new String[] {"/prometheus", "/prometheus/", "/PROMETHEUS", "//prometheus", "/%70rometheus"}) {
                HttpResponse<String> r = get(URI.create(server.getURL() + spelling));
                assertEquals(404, r.statusCode(), spelling + " on the main port: " + r.body().lines().limit(3).toList());
            }
            for (String probe : new String[] {"/health", "/health/liveness", "/health/readiness"}) {
                assertEquals(200, get(URI.create(server.getURL() + probe)).statusCode(), probe + " on the main port");
            }

            URI metrics = TestServers.metricsUri(server);
            HttpResponse<String> scrape = get(metrics);
            assertEquals(200, scrape.statusCode());
            assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), scrape.headers().toString());
            assertTrue(scrape.body().contains("moodbot_webhook_posts_total"), scrape.body().lines().limit(5).toList().toString());
            for (String other : new String[] {"/health/readiness", "/api/catalog", "/", "/admin"}) {
                assertEquals(404, get(metrics.resolve(other)).statusCode(), other + " on the management port");
            }
        }
    }

    @Test
    void portZeroPicksAFreePortBelowTheRangeOutgoingConnectionsDrawFrom() throws Exception {
        int ephemeral = com.moodbot.http.FreePorts.ephemeralRangeStart();
        assertTrue(ephemeral > 1024 + 1000, "the range read from /proc: " + ephemeral);
        for (int i = 0; i < 20; i++) {
            int port = new ManagementPort(new ManagementConfig(0, "127.0.0.1")).port();
            assertTrue(port >= 1024 && port < ephemeral, port + " is not below " + ephemeral);
            try (java.net.ServerSocket free = new java.net.ServerSocket(port, 1,
                    java.net.InetAddress.getLoopbackAddress())) {
                assertEquals(port, free.getLocalPort());
            }
        }
    }

    @Test
    void theManagementListenerBindsTheConfiguredAddressOnly() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi(); EmbeddedServer server = TestServers.messenger("s", graph, 6,
                Map.of("moodbot.management.host", "127.0.0.2"))) {
            int port = server.getApplicationContext().getBean(ManagementPort.class).port();
            assertEquals(200, get(URI.create("http://127.0.0.2:" + port + "/prometheus")).statusCode());
            assertThrows(ConnectException.class, () -> get(URI.create("http://127.0.0.1:" + port + "/prometheus")),
                    "nothing listens on 127.0.0.1 at the management port");
        }
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
