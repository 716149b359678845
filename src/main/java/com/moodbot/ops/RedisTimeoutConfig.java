package com.moodbot.ops;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How long any one Redis command may take (MOODBOT_REDIS_COMMAND_TIMEOUT) before it fails. Lettuce
 * waits 60 s by default, which with Redis unreachable would hold every worker and photo slot.
 */
@ConfigurationProperties("moodbot.redis")
public record RedisTimeoutConfig(@Bindable(defaultValue = "250ms") Duration commandTimeout) {
}
