package com.moodbot.messenger;

import com.moodbot.conversation.Payload;
import com.moodbot.conversation.Phrases;
import com.moodbot.i18n.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Instagram Direct's ice breakers and persistent menu in every language, under the same locales as
 * Messenger's profile ({@link MessengerProfiles#LOCALES}), the default language under {@code default}.
 * Each question's payload is one the conversation already answers: get started, help, language.
 */
public final class InstagramProfiles {

    private InstagramProfiles() {
    }

    public static InstagramProfile build(Language defaultLanguage) {
        List<InstagramProfile.IceBreakers> iceBreakers = new ArrayList<>();
        List<InstagramProfile.Menu> menus = new ArrayList<>();
        iceBreakers.add(iceBreakers("default", defaultLanguage));
        menus.add(menu("default", defaultLanguage));
        for (Language language : Language.values()) {
            for (String locale : MessengerProfiles.LOCALES.get(language)) {
                iceBreakers.add(iceBreakers(locale, language));
                menus.add(menu(locale, language));
            }
        }
        return new InstagramProfile("instagram", iceBreakers, menus);
    }

    private static InstagramProfile.IceBreakers iceBreakers(String locale, Language language) {
        Phrases say = Phrases.of(language);
        return new InstagramProfile.IceBreakers(List.of(
                new InstagramProfile.Question(say.iceBreakerMood(), Payload.GET_STARTED),
                new InstagramProfile.Question(say.iceBreakerHow(), Payload.HELP),
                new InstagramProfile.Question(say.menuLanguage(), Payload.CHOOSE_LANGUAGE)), locale);
    }

    private static InstagramProfile.Menu menu(String locale, Language language) {
        Phrases say = Phrases.of(language);
        return new InstagramProfile.Menu(locale, List.of(
                new MessengerProfile.MenuItem("postback", say.menuHelp(), Payload.HELP),
                new MessengerProfile.MenuItem("postback", say.menuLanguage(), Payload.CHOOSE_LANGUAGE),
                new MessengerProfile.MenuItem("postback", say.menuStartOver(), Payload.GET_STARTED)));
    }
}
