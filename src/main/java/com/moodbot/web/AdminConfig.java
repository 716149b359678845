package com.moodbot.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The admin endpoints' bearer token (MOODBOT_ADMIN_TOKEN); without one they are off. Wrong tokens,
 * by bearer header or the login form, are limited per client: {@code failureBurst} at once, then
 * {@code failuresPerMinute}; past that the client gets 429 whatever it sends.
 */
@ConfigurationProperties("moodbot.admin")
public record AdminConfig(@Nullable String token,
                          @Bindable(defaultValue = "10") int failureBurst,
                          @Bindable(defaultValue = "10") int failuresPerMinute) {

    /** Shorter tokens are refused at start: the limit above slows guessing, it cannot make a short token safe. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public AdminConfig {
        if (token != null && !token.isBlank() && token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("MOODBOT_ADMIN_TOKEN has " + token.length() + " characters; it needs at least "
                    + MIN_TOKEN_LENGTH + " (or leave it unset to turn the admin endpoints off)");
        }
    }

    public boolean enabled() {
        return token != null && !token.isBlank();
    }

    @Override
    public String toString() {
        return "AdminConfig[enabled=" + enabled() + "]";
    }
}
