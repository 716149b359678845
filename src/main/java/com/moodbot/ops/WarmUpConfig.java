package com.moodbot.ops;

import com.moodbot.config.Settings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The warm-up run before readiness turns UP: how many loopback webhook posts, over how many
 * connections, and the most it may take (readiness turns UP then anyway).
 */
@ConfigurationProperties("moodbot.warm-up")
public record WarmUpConfig(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "3000") int requests,
        @Bindable(defaultValue = "8") int connections,
        @Bindable(defaultValue = "30s") Duration timeout) {

    public WarmUpConfig {
        if (enabled) {
            Settings.atLeastOne("MOODBOT_WARM_UP_REQUESTS", requests);
            Settings.atLeastOne("MOODBOT_WARM_UP_CONNECTIONS", connections);
        }
    }
}
