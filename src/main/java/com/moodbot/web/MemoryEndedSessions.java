package com.moodbot.web;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Without Redis: this instance's own list (a sign-out holds on the instance it was made on). */
@Singleton
@Requires(missingProperty = "redis.uri")
public class MemoryEndedSessions implements EndedSessions {

    private final Map<String, Instant> ended = new ConcurrentHashMap<>();
    private final Clock clock;

    public MemoryEndedSessions(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void end(String id, Instant expires) {
        Instant now = clock.instant();
        ended.values().removeIf(e -> e.isBefore(now));
        ended.put(id, expires);
    }

    @Override
    public boolean isEnded(String id) {
        return ended.containsKey(id);
    }
}
