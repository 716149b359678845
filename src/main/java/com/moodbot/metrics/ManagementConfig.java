package com.moodbot.metrics;

import com.moodbot.config.Settings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where {@code /prometheus} is served: a port of its own ({@code MOODBOT_MANAGEMENT_PORT}), on the
 * loopback address unless {@code MOODBOT_MANAGEMENT_HOST} names another (an interface Prometheus can
 * reach, or {@code 0.0.0.0}). Port 0 picks a free port (tests, several instances on one machine).
 */
@ConfigurationProperties("moodbot.management")
public record ManagementConfig(
        @Bindable(defaultValue = ManagementConfig.PORT) int port,
        @Bindable(defaultValue = ManagementConfig.HOST) String host) {

    public ManagementConfig {
        Settings.between("MOODBOT_MANAGEMENT_PORT", port, 0, 65535);
    }

    static final String PORT = "8081";
    static final String HOST = "127.0.0.1";
}
