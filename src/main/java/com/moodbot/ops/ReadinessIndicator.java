package com.moodbot.ops;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
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
    private final List<ReadinessCheck> checks;

    public ReadinessIndicator(ServiceState state, List<ReadinessCheck> checks) {
        this.state = state;
        this.checks = checks;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        boolean ready = state.phase() == ServiceState.Phase.READY;
        Map<String, String> details = new LinkedHashMap<>();
        details.put("phase", state.phase().name().toLowerCase(Locale.ROOT));
        for (ReadinessCheck check : checks) {
            ready &= check.ready();
            details.put(check.name(), check.state());
        }
        return Publishers.just(HealthResult.builder("moodbot", ready ? HealthStatus.UP : HealthStatus.DOWN)
                .details(details).build());
    }
}
