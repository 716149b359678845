package com.moodbot.conversation;

import com.moodbot.i18n.Language;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Without Redis: the 100,000 people who chose most recently. */
@Singleton
@Requires(missingProperty = "redis.uri")
public class InMemoryLanguagePreferences implements LanguagePreferences {

    private static final int CAPACITY = 100_000;
    private final Map<String, Language> chosen = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Language> eldest) {
            return size() > CAPACITY;
        }
    };

    @Override
    public synchronized Optional<Language> get(String person) {
        return Optional.ofNullable(chosen.get(person));
    }

    @Override
    public synchronized void set(String person, Language language) {
        chosen.put(person, language);
    }

    @Override
    public synchronized boolean setIfNone(String person, Language language) {
        return chosen.putIfAbsent(person, language) == null;
    }

    @Override
    public synchronized boolean erase(String person) {
        return chosen.remove(person) != null;
    }
}
