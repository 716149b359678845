package com.moodbot.messenger;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Messenger settings, from the environment: MOODBOT_MESSENGER_APP_SECRET, _VERIFY_TOKEN,
 * _PAGE_ACCESS_TOKEN, _GRAPH_URL, _API_VERSION, _MAX_BODY_BYTES (the webhook's body cap) and _APP_ID
 * (with the app secret, the app access token the data-deletion callback maps ids with).
 * Without the secrets the webhook answers 503.
 */
@ConfigurationProperties("moodbot.messenger")
public record MessengerConfig(
        @Nullable String appSecret,
        @Nullable String verifyToken,
        @Nullable String pageAccessToken,
        @Bindable(defaultValue = "https://graph.facebook.com") String graphUrl,
        @Bindable(defaultValue = "v25.0") String apiVersion,
        @Bindable(defaultValue = "1048576") int maxBodyBytes,
        @Nullable String appId) {

    public boolean configured() {
        return present(appSecret) && present(verifyToken) && present(pageAccessToken);
    }

    /** The {@code Authorization} header value for Graph API calls. */
    public String authorization() {
        return "Bearer " + pageAccessToken;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public String toString() {
        return "MessengerConfig[configured=" + configured() + ", graphUrl=" + graphUrl + ", apiVersion=" + apiVersion + "]";
    }
}
