package com.moodbot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.TestServers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class HealthEndpointsTest {

    private static HttpResponse<String> get(EmbeddedServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aStartedServerIsLiveAndReadyAndTellsNothingElse() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger("s", graph, 2, Map.of("moodbot.warm-up.requests", 40))) {
            HttpResponse<String> metrics = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(TestServers.metricsUri(server)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(metrics.body().contains("moodbot_webhook_posts_total{outcome=\"starting\"} 40.0"),
                    "the warm-up posted over loopback before readiness, counted apart:\n" + metrics.body().lines()
                            .filter(l -> l.startsWith("moodbot_webhook_posts")).toList());
            assertEquals(0, graph.calls().size(), "the warm-up messaged nobody");
            HttpResponse<String> sink = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.getURL() + "/warm-up/send")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, sink.statusCode(), "the warm-up's Send API sink is gone once the service is ready");
            for (String path : new String[] {"/health", "/health/liveness", "/health/readiness"}) {
                HttpResponse<String> r = get(server, path);
                assertEquals(200, r.statusCode(), path + ": " + r.body());
                assertEquals("{\"status\":\"UP\"}", r.body().replace(" ", ""), path);
            }
            assertEquals(404, get(server, "/beans").statusCode(), "other management endpoints stay off");
            assertEquals(404, get(server, "/env").statusCode());

            server.getApplicationContext().getBean(ServiceState.class).drain();
            HttpResponse<String> draining = get(server, "/health/readiness");
            assertEquals(503, draining.statusCode(), draining.body());
            assertEquals(200, get(server, "/health/liveness").statusCode(), "draining is not dead");
        }
    }

    @Test
    void notReadyBeforeStartupNorWithoutACatalog() {
        Catalogs catalogs = new Catalogs();
        ServiceState state = new ServiceState(List.of(), new WarmUpConfig(false, 0, 1, Duration.ZERO));
        ReadinessIndicator readiness = new ReadinessIndicator(state, List.of(catalogs));
        catalogs.inService = true;
        assertEquals(HealthStatus.DOWN, status(readiness), "starting");
        state.onStartup(null);
        assertEquals(HealthStatus.UP, status(readiness));
        catalogs.inService = false;
        assertEquals(HealthStatus.DOWN, status(readiness), "no catalog");
        catalogs.inService = true;
        state.drain();
        assertEquals(HealthStatus.DOWN, status(readiness), "draining");
        assertFalse(Mono.from(readiness.getResult()).block().getDetails().toString().contains("/"), "no paths");
    }

    @Test
    void readinessStaysDownUntilEveryWarmUpStepHasRunEvenAFailingOne() {
        Catalogs catalogs = new Catalogs();
        catalogs.inService = true;
        List<HealthStatus> seenDuringWarmUp = new ArrayList<>();
        ReadinessIndicator[] readiness = new ReadinessIndicator[1];
        WarmUpTask observer = (server, config, deadline) -> {
            seenDuringWarmUp.add(status(readiness[0]));
            return "observed";
        };
        WarmUpTask failing = (server, config, deadline) -> {
            throw new IllegalStateException("boom");
        };
        ServiceState state = new ServiceState(List.of(observer, failing, observer),
                new WarmUpConfig(true, 1, 1, Duration.ofSeconds(5)));
        readiness[0] = new ReadinessIndicator(state, List.of(catalogs));
        EmbeddedServer server = mock(EmbeddedServer.class);
        when(server.getURI()).thenReturn(URI.create("http://127.0.0.1:1"));
        state.onStartup(new ServerStartupEvent(server));
        assertEquals(List.of(HealthStatus.DOWN, HealthStatus.DOWN), seenDuringWarmUp);
        assertEquals(HealthStatus.UP, status(readiness[0]), "a failed step is logged, not fatal");
    }

    /** The catalogs as readiness sees them. */
    private static final class Catalogs implements ReadinessCheck {
        volatile boolean inService;

        @Override
        public String name() {
            return "catalogs";
        }

        @Override
        public boolean ready() {
            return inService;
        }

        @Override
        public String state() {
            return inService ? "in service" : "not loaded";
        }
    }

    private static HealthStatus status(ReadinessIndicator indicator) {
        HealthResult result = Mono.from(indicator.getResult()).block();
        return result.getStatus();
    }
}
