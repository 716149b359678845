package com.moodbot.ops;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code MOODBOT_PUBLIC_URL}: the HTTPS base URL at which Facebook and people reach this service
 * (behind the load balancer). Links the bot hands out are built from it, never from a request's
 * Host header, which the client chooses.
 */
@ConfigurationProperties("moodbot")
public record PublicUrlConfig(@Nullable URI publicUrl) {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    /** Messenger fetches card pictures and opens buttons only over HTTPS; plain HTTP only for a local try. */
    public PublicUrlConfig {
        if (configured(publicUrl) && !usable(publicUrl)) {
            // a user:password part is neither wanted nor repeated
            throw new IllegalArgumentException("MOODBOT_PUBLIC_URL is '" + (publicUrl.getRawUserInfo() == null
                    ? publicUrl : "(an address with a user name)") + "', which is not an address such as"
                    + " https://bot.example.com (https, a host, no user name or query)");
        }
    }

    private static boolean configured(URI url) {
        return url != null && !url.toString().isBlank();
    }

    private static boolean usable(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        boolean plain = url.getRawUserInfo() == null && url.getRawQuery() == null && url.getRawFragment() == null;
        return url.isAbsolute() && !host.isEmpty() && plain
                && (scheme.equals("https") || scheme.equals("http") && LOOPBACK.contains(host));
    }

    /** The base URL without a trailing slash, when configured. */
    public Optional<String> base() {
        if (!configured(publicUrl)) {
            return Optional.empty();
        }
        String s = publicUrl.toString();
        return Optional.of(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }
}
