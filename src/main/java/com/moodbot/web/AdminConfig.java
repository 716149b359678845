package com.moodbot.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** The admin endpoints' bearer token (MOODBOT_ADMIN_TOKEN); without one they are off. */
@ConfigurationProperties("moodbot.admin")
public record AdminConfig(@Nullable String token) {

    public boolean enabled() {
        return token != null && !token.isBlank();
    }

    @Override
    public String toString() {
        return "AdminConfig[enabled=" + enabled() + "]";
    }
}
