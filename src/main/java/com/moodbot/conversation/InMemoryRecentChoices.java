package com.moodbot.conversation;

import com.moodbot.recommend.Category;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Without Redis: the choices offered to the 100,000 people offered one most recently, each dropped once older than
 * {@link #KEPT} (the oldest are looked at on every write, so none stays long after).
 */
@Singleton
@Requires(missingProperty = "redis.uri")
public class InMemoryRecentChoices implements RecentChoices {

    private static final int CAPACITY = 100_000;

    private record Kept<T>(T value, long atMillis) {
    }

    private final Clock clock;
    private final Map<String, Kept<Category>> asked = new LinkedHashMap<>();
    private final Map<String, Kept<List<String>>> shown = new LinkedHashMap<>();

    public InMemoryRecentChoices(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void asked(String person, Category kind) {
        keep(asked, person, kind);
    }

    @Override
    public synchronized Optional<Category> takeAsked(String person) {
        return fresh(asked.remove(person));
    }

    @Override
    public synchronized void shown(String person, List<String> buttons) {
        keep(shown, person, List.copyOf(buttons));
    }

    @Override
    public synchronized List<String> shown(String person) {
        return fresh(shown.get(person)).orElse(List.of());
    }

    @Override
    public synchronized int erase(String person) {
        return (asked.remove(person) != null ? 1 : 0) + (shown.remove(person) != null ? 1 : 0);
    }

    /** Written last, so the map runs oldest first: the stale and those over the cap go from its head. */
    private <T> void keep(Map<String, Kept<T>> map, String person, T value) {
        long now = clock.millis();
        map.remove(person);
        map.put(person, new Kept<>(value, now));
        Iterator<Kept<T>> oldest = map.values().iterator();
        while (oldest.hasNext()) {
            Kept<T> next = oldest.next();
            if (map.size() <= CAPACITY && now - next.atMillis() <= KEPT.toMillis()) {
                break;
            }
            oldest.remove();
        }
    }

    private <T> Optional<T> fresh(Kept<T> kept) {
        return kept == null || clock.millis() - kept.atMillis() > KEPT.toMillis() ? Optional.empty()
                : Optional.of(kept.value());
    }
}
