package com.moodbot.messenger;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/** The embedded default: the most recent 100,000 message ids, in memory. */
@Singleton
@Requires(missingProperty = "redis.uri")
public class InMemorySeenMessages implements SeenMessages {

    private static final int CAPACITY = 100_000;
    private final Map<String, Boolean> ids = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    @Override
    public synchronized boolean firstTime(String id) {
        return ids.putIfAbsent(id, Boolean.TRUE) == null;
    }
}
