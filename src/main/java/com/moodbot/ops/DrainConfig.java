package com.moodbot.ops;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How a stopping service leaves: for {@code delay} (MOODBOT_DRAIN_DELAY) readiness is DOWN but it still
 * takes everything, so a load balancer that polls readiness stops sending before anything is refused;
 * then it refuses new work and waits at most {@code timeout} (MOODBOT_DRAIN_TIMEOUT) for what it took.
 */
@ConfigurationProperties("moodbot.drain")
public record DrainConfig(@Bindable(defaultValue = "20s") Duration timeout,
                          @Bindable(defaultValue = "0s") Duration delay) {
}
