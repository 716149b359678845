package com.moodbot.ops;

import com.moodbot.recommend.CatalogService;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * {@code /health/readiness}: UP once the model is loaded and a valid catalog is in service, DOWN
 * before that and while draining. Details (shown only where configured) hold the phase, never a
 * path or a secret.
 */
@Singleton
@Readiness
public class ReadinessIndicator implements HealthIndicator {

    private final ServiceState state;
    private final CatalogService catalogs;

    public ReadinessIndicator(ServiceState state, CatalogService catalogs) {
        this.state = state;
        this.catalogs = catalogs;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        boolean ready = state.phase() == ServiceState.Phase.READY && catalogs.inService();
        return Publishers.just(HealthResult.builder("moodbot", ready ? HealthStatus.UP : HealthStatus.DOWN)
                .details(Map.of("phase", state.phase().name().toLowerCase(Locale.ROOT),
                        "catalogs", catalogs.inService() ? "in service" : "not loaded"))
                .build());
    }
}
