package com.moodbot.i18n;

import java.util.EnumMap;
import java.util.Map;

/** One text in every language (catalog titles, descriptions and links, the policy's lines). */
public record Localized(Map<Language, String> texts) {

    public Localized {
        if (!texts.containsKey(Language.EN)) {
            throw new IllegalArgumentException("a localized text needs its English");
        }
        texts = Map.copyOf(texts);
    }

    /** The same words in every language (a film's title, a song's name). */
    public static Localized same(String text) {
        Map<Language, String> all = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            all.put(l, text);
        }
        return new Localized(all);
    }

    public String in(Language language) {
        return texts.getOrDefault(language, texts.get(Language.EN));
    }

    public String english() {
        return texts.get(Language.EN);
    }
}
