package com.moodbot.conversation;

import com.moodbot.recommend.Category;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Without Redis: the 100,000 people asked most recently. */
@Singleton
@Requires(missingProperty = "redis.uri")
public class InMemoryAskedKinds implements AskedKinds {

    private static final int CAPACITY = 100_000;

    private record Asked(Category kind, long atMillis) {
    }

    private final Clock clock;
    private final Map<String, Asked> asked = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Asked> eldest) {
            return size() > CAPACITY;
        }
    };

    public InMemoryAskedKinds(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void asked(String person, Category kind) {
        asked.put(person, new Asked(kind, clock.millis()));
    }

    @Override
    public synchronized Optional<Category> take(String person) {
        Asked last = asked.remove(person);
        return last == null || clock.millis() - last.atMillis() > KEPT.toMillis() ? Optional.empty()
                : Optional.of(last.kind());
    }

    @Override
    public synchronized boolean erase(String person) {
        return asked.remove(person) != null;
    }
}
