package com.moodbot.messenger;

import com.moodbot.conversation.Payload;
import com.moodbot.conversation.Phrases;
import com.moodbot.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        iceBreakers.add(iceBreakers("default", defaultLanguage, Optional.empty()));
        menus.add(new InstagramProfile.Menu("default", MessengerProfiles.menuItems(defaultLanguage, Optional.empty())));
        for (Language language : Language.values()) {
            for (String locale : MessengerProfiles.LOCALES.get(language)) {
                iceBreakers.add(iceBreakers(locale, language, Optional.of(language)));
                menus.add(new InstagramProfile.Menu(locale, MessengerProfiles.menuItems(language, Optional.of(language))));
            }
        }
        return new InstagramProfile("instagram", iceBreakers, menus);
    }

    private static InstagramProfile.IceBreakers iceBreakers(String locale, Language language, Optional<Language> tag) {
        Phrases say = Phrases.of(language);
        return new InstagramProfile.IceBreakers(List.of(
                new InstagramProfile.Question(say.iceBreakerMood(), new Payload.GetStarted(tag).encode()),
                new InstagramProfile.Question(say.iceBreakerHow(), new Payload.Help(tag).encode()),
                new InstagramProfile.Question(say.menuLanguage(), new Payload.ChooseLanguage(tag).encode())), locale);
    }
}
