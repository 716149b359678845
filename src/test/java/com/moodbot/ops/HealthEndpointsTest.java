package com.moodbot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.recommend.CatalogService;
import com.moodbot.support.FakeGraphApi;
import com.moodbot.support.TestServers;
import io.micronaut.context.BeanProvider;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
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
             EmbeddedServer server = TestServers.messenger("s", graph, 2, Map.of())) {
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
    @SuppressWarnings("unchecked")
    void notReadyBeforeStartupNorWithoutACatalog() {
        CatalogService catalogs = mock(CatalogService.class);
        BeanProvider<PhotoAnalyzer> pipeline = mock(BeanProvider.class);
        ServiceState state = new ServiceState(pipeline);
        ReadinessIndicator readiness = new ReadinessIndicator(state, catalogs);
        when(catalogs.inService()).thenReturn(true);
        assertEquals(HealthStatus.DOWN, status(readiness), "starting");
        state.onStartup(null);
        assertEquals(HealthStatus.UP, status(readiness));
        when(catalogs.inService()).thenReturn(false);
        assertEquals(HealthStatus.DOWN, status(readiness), "no catalog");
        when(catalogs.inService()).thenReturn(true);
        state.drain();
        assertEquals(HealthStatus.DOWN, status(readiness), "draining");
        assertFalse(Mono.from(readiness.getResult()).block().getDetails().toString().contains("/"), "no paths");
    }

    private static HealthStatus status(ReadinessIndicator indicator) {
        HealthResult result = Mono.from(indicator.getResult()).block();
        return result.getStatus();
    }
}
