package com.moodbot.messenger;

import com.moodbot.config.Settings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How webhook events are answered (MOODBOT_DISPATCH_WORKERS, MOODBOT_DISPATCH_QUEUE_CAPACITY).
 *
 * @param workers       threads answering events; most of their time is spent waiting on the Send
 *                      API (two or more calls of 50-300 ms per event), so there are many
 * @param queueCapacity events accepted but not yet answered, at most
 */
@ConfigurationProperties("moodbot.dispatch")
public record DispatchConfig(@Bindable(defaultValue = "128") int workers,
                             @Bindable(defaultValue = "1000") int queueCapacity) {

    public DispatchConfig {
        Settings.atLeastOne("MOODBOT_DISPATCH_WORKERS", workers);
        Settings.atLeastOne("MOODBOT_DISPATCH_QUEUE_CAPACITY", queueCapacity);
    }
}
