package com.moodbot.conversation;

import com.moodbot.i18n.Language;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What people type for each of a few things (moods, kinds of suggestion), per language, as {@link TypedWords#plain}
 * writes it: phrases parted by spaces, the words of one phrase joined by "_" ({@code something_to_eat}).
 */
record Vocabulary<K>(Map<Language, Map<K, String>> phrases) {

    /** What each phrase names, whatever its language. */
    Map<String, K> index() {
        return phrases.values().stream().flatMap(m -> m.entrySet().stream())
                .flatMap(e -> Arrays.stream(e.getValue().split(" "))
                        .map(phrase -> Map.entry(phrase.replace('_', ' '), e.getKey())))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** {@code language}'s phrases of one word (those of several hold words like "to" and "de" that tell little). */
    Set<String> words(Language language) {
        return phrases.get(language).values().stream().flatMap(p -> Arrays.stream(p.split(" ")))
                .filter(p -> p.indexOf('_') < 0).collect(Collectors.toUnmodifiableSet());
    }
}
