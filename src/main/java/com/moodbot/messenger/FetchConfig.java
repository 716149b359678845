package com.moodbot.messenger;

import com.moodbot.config.Settings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Which hosts photos may be downloaded from (exact names or {@code *.suffix}; by default Facebook's
 * CDN and Instagram's: {@code *.cdninstagram.com}, with Instagram Direct's {@code lookaside.fbsbx.com}
 * and {@code *.fbcdn.net} already among Facebook's), and the caps on
 * each download: {@code readTimeout} bounds the whole download, redirects included. Plain http and
 * hosts that resolve to loopback, private, link-local or other non-public addresses are refused
 * unless {@code allowHttp} / {@code allowPrivateAddresses} are set (tests on loopback only).
 */
@ConfigurationProperties("moodbot.fetch")
public record FetchConfig(
        @Bindable(defaultValue = "*.fbcdn.net,*.fbsbx.com,*.facebook.com,*.cdninstagram.com") List<String> allowedHosts,
        @Bindable(defaultValue = "false") boolean allowHttp,
        @Bindable(defaultValue = "3s") Duration connectTimeout,
        @Bindable(defaultValue = "10s") Duration readTimeout,
        @Bindable(defaultValue = "8388608") long maxBytes,
        @Bindable(defaultValue = "3") int maxRedirects,
        @Bindable(defaultValue = "false") boolean allowPrivateAddresses) {

    public FetchConfig {
        Settings.atLeastOne("MOODBOT_FETCH_MAX_BYTES", maxBytes);
        Settings.atLeast("MOODBOT_FETCH_MAX_REDIRECTS", maxRedirects, 0);
    }

    public boolean allows(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return allowedHosts.stream().map(a -> a.trim().toLowerCase(Locale.ROOT)).anyMatch(a ->
                a.startsWith("*.") ? h.endsWith(a.substring(1)) : h.equals(a));
    }
}
