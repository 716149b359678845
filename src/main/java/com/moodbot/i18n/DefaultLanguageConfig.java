package com.moodbot.i18n;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * MOODBOT_DEFAULT_LOCALE: the language for people who have not chosen one (and whose Messenger
 * locale is not known), e.g. {@code en} or {@code es_ES}.
 */
@ConfigurationProperties("moodbot")
public record DefaultLanguageConfig(@Bindable(defaultValue = "en") String defaultLocale) {

    public DefaultLanguageConfig {
        if (Language.parse(defaultLocale).isEmpty()) {
            throw new IllegalArgumentException("MOODBOT_DEFAULT_LOCALE is '" + defaultLocale + "'; the bot speaks "
                    + Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(" and ")));
        }
    }

    public Language language() {
        return Language.parse(defaultLocale).orElseThrow();
    }

    /** The first language of an {@code Accept-Language} header (null: none) the bot speaks, else this default. */
    public Language forAcceptLanguage(String header) {
        return Language.fromAcceptLanguage(header).orElse(language());
    }
}
