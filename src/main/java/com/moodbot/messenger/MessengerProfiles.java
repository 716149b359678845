package com.moodbot.messenger;

import com.moodbot.conversation.Payload;
import com.moodbot.conversation.Phrases;
import com.moodbot.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Page's Get Started button, greeting and persistent menu in every language: the default
 * language under Messenger's {@code default} locale, and each language under its own locales.
 */
public final class MessengerProfiles {

    /** Messenger's locales for each language. */
    static final Map<Language, List<String>> LOCALES = Map.of(
            Language.EN, List.of("en_US", "en_GB"),
            Language.ES, List.of("es_ES", "es_LA"));

    private MessengerProfiles() {
    }

    public static MessengerProfile build(Language defaultLanguage) {
        List<MessengerProfile.Greeting> greetings = new ArrayList<>();
        List<MessengerProfile.Menu> menus = new ArrayList<>();
        greetings.add(new MessengerProfile.Greeting("default", Phrases.of(defaultLanguage).pageGreeting()));
        menus.add(menu("default", defaultLanguage, Optional.empty()));
        for (Language language : Language.values()) {
            for (String locale : LOCALES.get(language)) {
                greetings.add(new MessengerProfile.Greeting(locale, Phrases.of(language).pageGreeting()));
                menus.add(menu(locale, language, Optional.of(language)));
            }
        }
        // one Get Started payload for every locale: Messenger has no per-locale one
        return new MessengerProfile(new MessengerProfile.GetStarted(Payload.GET_STARTED), greetings, menus);
    }

    /** {@code tag}: the language its items carry, so that a person whose Messenger speaks it is answered in it. */
    static List<MessengerProfile.MenuItem> menuItems(Language language, Optional<Language> tag) {
        Phrases say = Phrases.of(language);
        return List.of(
                new MessengerProfile.MenuItem("postback", say.menuHelp(), new Payload.Help(tag).encode()),
                new MessengerProfile.MenuItem("postback", say.menuLanguage(), new Payload.ChooseLanguage(tag).encode()),
                new MessengerProfile.MenuItem("postback", say.menuStartOver(), new Payload.GetStarted(tag).encode()));
    }

    private static MessengerProfile.Menu menu(String locale, Language language, Optional<Language> tag) {
        return new MessengerProfile.Menu(locale, false, menuItems(language, tag));
    }
}
