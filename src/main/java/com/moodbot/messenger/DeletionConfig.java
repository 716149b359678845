package com.moodbot.messenger;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The data-deletion callback: how old a {@code signed_request}'s {@code issued_at} may be
 * (MOODBOT_DELETION_MAX_AGE), and how far in the future a clock skew may put it.
 */
@ConfigurationProperties("moodbot.deletion")
public record DeletionConfig(
        @Bindable(defaultValue = "1h") Duration maxAge,
        @Bindable(defaultValue = "5m") Duration maxClockSkew) {
}
