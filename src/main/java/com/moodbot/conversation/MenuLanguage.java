package com.moodbot.conversation;

import com.moodbot.i18n.Language;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A menu item or ice breaker tapped in a Messenger set to one of the bot's languages ({@link Payload.FromMenu}):
 * a person who has chosen no language is answered in that one, and from then on, as if they had chosen it (the
 * menu's "Language" changes it). A language already chosen stands.
 */
@Singleton
public class MenuLanguage {

    private static final Logger LOG = LoggerFactory.getLogger(MenuLanguage.class);
    private final LanguagePreferences preferences;
    private final BestEffort kept = new BestEffort(LOG, "menu language",
            "Could not remember the menu's language for person {} ({}); answering in it this time");

    public MenuLanguage(LanguagePreferences preferences) {
        this.preferences = preferences;
    }

    public Turn adopt(Turn turn, Optional<Language> menu) {
        if (menu.isEmpty() || !turn.channel().remembersPeople() || menu.get() == turn.language()) {
            return turn;
        }
        boolean chosenBefore = kept.get(() -> !preferences.setIfNone(turn.who(), menu.get()), false, turn.who());
        if (chosenBefore) {
            return turn; // a language chosen stands
        }
        return new Turn(turn.who(), turn.channel(), menu.get(), true);
    }
}
