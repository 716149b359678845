package com.moodbot.i18n;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * MOODBOT_DEFAULT_LOCALE: the language for people who have not chosen one (and whose Messenger
 * locale is not known), e.g. {@code en} or {@code es_ES}.
 */
@ConfigurationProperties("moodbot")
public record DefaultLanguageConfig(@Bindable(defaultValue = "en") String defaultLocale) {

    public Language language() {
        return Language.parse(defaultLocale).orElse(Language.EN);
    }
}
