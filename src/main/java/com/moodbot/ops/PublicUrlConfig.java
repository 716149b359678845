package com.moodbot.ops;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.util.Optional;

/**
 * {@code MOODBOT_PUBLIC_URL}: the HTTPS base URL at which Facebook and people reach this service
 * (behind the load balancer). Links the bot hands out are built from it, never from a request's
 * Host header, which the client chooses.
 */
@ConfigurationProperties("moodbot")
public record PublicUrlConfig(@Nullable URI publicUrl) {

    /** The base URL without a trailing slash, when configured. */
    public Optional<String> base() {
        if (publicUrl == null || publicUrl.toString().isBlank()) {
            return Optional.empty();
        }
        String s = publicUrl.toString();
        return Optional.of(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }
}
