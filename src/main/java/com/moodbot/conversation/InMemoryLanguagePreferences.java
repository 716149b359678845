package com.moodbot.conversation;

import com.moodbot.i18n.Language;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Without Redis: the 100,000 people who chose most recently, and the 100,000 last heard. */
@Singleton
@Requires(missingProperty = "redis.uri")
public class InMemoryLanguagePreferences implements LanguagePreferences {

    private static final int CAPACITY = 100_000;
    private final Map<String, Language> chosen = capped();
    private final Map<String, Language> heard = capped();

    private static Map<String, Language> capped() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Language> eldest) {
                return size() > CAPACITY;
            }
        };
    }

    @Override
    public synchronized Kept kept(String person) {
        return new Kept(Optional.ofNullable(chosen.get(person)), Optional.ofNullable(heard.get(person)));
    }

    @Override
    public synchronized void set(String person, Language language) {
        chosen.put(person, language);
        heard.remove(person);
    }

    @Override
    public synchronized boolean setIfNone(String person, Language language) {
        if (chosen.putIfAbsent(person, language) != null) {
            return false;
        }
        heard.remove(person);
        return true;
    }

    @Override
    public synchronized void hear(String person, Language language) {
        heard.put(person, language);
    }

    @Override
    public synchronized void unhear(String person) {
        heard.remove(person);
    }

    @Override
    public synchronized boolean erase(String person) {
        return chosen.remove(person) != null | heard.remove(person) != null;
    }
}
