package com.moodbot.ops;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** How long a stopping service waits for queued and in-flight events (MOODBOT_DRAIN_TIMEOUT). */
@ConfigurationProperties("moodbot.drain")
public record DrainConfig(@Bindable(defaultValue = "20s") Duration timeout) {
}
