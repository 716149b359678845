package com.moodbot.messenger;

import com.moodbot.config.Settings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Durable intake, used when Redis is configured (MOODBOT_INTAKE_*).
 *
 * @param durable          keep accepted events in a Redis Stream until they are answered; false keeps
 *                         them in memory only, as without Redis
 * @param stream           the stream's key
 * @param group            the consumer group every instance reads through
 * @param claimAfter       an event held this long by an instance that stopped refreshing it (it died)
 *                         is taken over by another
 * @param maxBacklog       events waiting in the stream, at most; beyond, the webhook answers 503
 * @param maxAttempts      attempts that each ended in a crash before an event is given up
 * @param orderWait        how long an event waits for the same person's earlier one on another instance
 *                         before it is answered anyway
 * @param memoryFallback   when Redis cannot take an event in time, keep it in memory (answered, not
 *                         durable) rather than answering 503
 */
@ConfigurationProperties("moodbot.intake")
public record IntakeConfig(@Bindable(defaultValue = "true") boolean durable,
                           @Bindable(defaultValue = "moodbot:events") String stream,
                           @Bindable(defaultValue = "moodbot") String group,
                           @Bindable(defaultValue = "15s") Duration claimAfter,
                           @Bindable(defaultValue = "20000") int maxBacklog,
                           @Bindable(defaultValue = "3") int maxAttempts,
                           @Bindable(defaultValue = "60s") Duration orderWait,
                           @Bindable(defaultValue = "true") boolean memoryFallback) {

    public IntakeConfig {
        Settings.atLeastOne("MOODBOT_INTAKE_MAX_BACKLOG", maxBacklog);
        Settings.atLeastOne("MOODBOT_INTAKE_MAX_ATTEMPTS", maxAttempts);
    }
}
