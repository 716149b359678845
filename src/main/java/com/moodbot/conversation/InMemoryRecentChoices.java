package com.moodbot.conversation;

import com.moodbot.recommend.Category;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Without Redis: the choices offered to the 100,000 people offered one most recently. */
@Singleton
@Requires(missingProperty = "redis.uri")
public class InMemoryRecentChoices implements RecentChoices {

    private static final int CAPACITY = 100_000;

    private record Kept<T>(T value, long atMillis) {
    }

    private final Clock clock;
    private final Map<String, Kept<Category>> asked = capped();
    private final Map<String, Kept<List<String>>> shown = capped();

    public InMemoryRecentChoices(Clock clock) {
        this.clock = clock;
    }

    private static <T> Map<String, Kept<T>> capped() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Kept<T>> eldest) {
                return size() > CAPACITY;
            }
        };
    }

    @Override
    public synchronized void asked(String person, Category kind) {
        asked.put(person, new Kept<>(kind, clock.millis()));
    }

    @Override
    public synchronized Optional<Category> takeAsked(String person) {
        return fresh(asked.remove(person));
    }

    @Override
    public synchronized void shown(String person, List<String> buttons) {
        shown.put(person, new Kept<>(List.copyOf(buttons), clock.millis()));
    }

    @Override
    public synchronized List<String> shown(String person) {
        return fresh(shown.get(person)).orElse(List.of());
    }

    @Override
    public synchronized int erase(String person) {
        return (asked.remove(person) != null ? 1 : 0) + (shown.remove(person) != null ? 1 : 0);
    }

    private <T> Optional<T> fresh(Kept<T> kept) {
        return kept == null || clock.millis() - kept.atMillis() > KEPT.toMillis() ? Optional.empty()
                : Optional.of(kept.value());
    }
}
