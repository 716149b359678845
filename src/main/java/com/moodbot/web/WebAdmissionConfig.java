package com.moodbot.web;

import com.moodbot.config.Settings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;

/**
 * Admission for photo uploads on the web channel, apart from Messenger's photo slots: how many are
 * analysed at once (MOODBOT_WEB_CONCURRENT; one more is refused at once), the Retry-After then, and a
 * per-client token bucket ({@code perMinute} refills, {@code burst} at once). The client is the
 * connection's address, or the last X-Forwarded-For entry added by a {@code trustedProxies} address,
 * an IPv6 one by its /64 ({@link ClientKey}). An admitted upload whose body has not arrived within
 * {@code uploadDeadline} (MOODBOT_WEB_UPLOAD_DEADLINE) gets 408 and frees its slot.
 */
@ConfigurationProperties("moodbot.web")
public record WebAdmissionConfig(
        @Bindable(defaultValue = "2") int concurrent,
        @Bindable(defaultValue = "2s") Duration retryAfter,
        @Bindable(defaultValue = "30") int perMinute,
        @Bindable(defaultValue = "10") int burst,
        @Bindable(defaultValue = "") List<String> trustedProxies,
        @Bindable(defaultValue = "60s") Duration uploadDeadline) {

    public WebAdmissionConfig {
        Settings.atLeastOne("MOODBOT_WEB_CONCURRENT", concurrent);
        Settings.atLeastOne("MOODBOT_WEB_PER_MINUTE", perMinute);
        Settings.atLeastOne("MOODBOT_WEB_BURST", burst);
        Settings.atLeastOne("MOODBOT_WEB_UPLOAD_DEADLINE (seconds)", uploadDeadline.toSeconds());
        TrustedProxies.parse(trustedProxies);
    }

    public TrustedProxies proxies() {
        return TrustedProxies.parse(trustedProxies);
    }
}
