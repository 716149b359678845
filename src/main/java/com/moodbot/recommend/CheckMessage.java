package com.moodbot.recommend;

import com.moodbot.i18n.Language;
import io.micronaut.context.MessageSource;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What {@code catalog check} found, kept as a key of {@code i18n/catalog-check_*.properties} and its
 * values, so the command line and the logs read it in English and the catalog editor in the admin's
 * language. The properties are {@link java.text.MessageFormat} patterns: {@code ''} is one quote.
 */
public record CheckMessage(String key, List<String> values) {

    private static final MessageSource TEXTS = new ResourceBundleMessageSource("i18n.catalog-check", Locale.ENGLISH);

    public static CheckMessage of(String key, Object... values) {
        return new CheckMessage(key, Arrays.stream(values).map(String::valueOf).toList());
    }

    /** The same finding about another file: the first value (the picture's path) replaced by {@code subject}. */
    public CheckMessage about(String subject) {
        List<String> changed = new ArrayList<>(values);
        if (!changed.isEmpty()) {
            changed.set(0, subject);
        }
        return new CheckMessage(key, changed);
    }

    public String in(Language language) {
        return TEXTS.getMessage(key, Locale.forLanguageTag(language.code()), values.toArray())
                .orElseThrow(() -> new IllegalStateException("no catalog check text " + key + " in " + language.code()));
    }

    @Override
    public String toString() {
        return in(Language.EN);
    }
}
