package com.moodbot.messenger;

import com.moodbot.config.Settings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Backoff settings; base doubles per attempt with up to 50% jitter, rate limits wait {@code pause}. */
@ConfigurationProperties("moodbot.messenger.retry")
public record RetryPolicy(
        @Bindable(defaultValue = "5") int maxAttempts,
        @Bindable(defaultValue = "500ms") Duration base,
        @Bindable(defaultValue = "10s") Duration pause) {

    public RetryPolicy {
        Settings.atLeastOne("MOODBOT_MESSENGER_RETRY_MAX_ATTEMPTS", maxAttempts);
    }

    Duration delay(int attempt, boolean rateLimited) {
        long ms = (rateLimited ? pause : base).toMillis() << Math.min(attempt - 1, 6);
        return Duration.ofMillis(ms + ThreadLocalRandom.current().nextLong(ms / 2 + 1));
    }
}
