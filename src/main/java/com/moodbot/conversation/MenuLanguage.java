package com.moodbot.conversation;

import com.moodbot.i18n.Language;
import com.moodbot.logging.LogSafe;
import com.moodbot.logging.LogThrottle;
import jakarta.inject.Singleton;
import java.time.Duration;
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
    private final LogThrottle warnings = new LogThrottle(Duration.ofSeconds(10));

    public MenuLanguage(LanguagePreferences preferences) {
        this.preferences = preferences;
    }

    public Turn adopt(Turn turn, Optional<Language> menu) {
        if (menu.isEmpty() || !turn.channel().remembersPeople() || menu.get() == turn.language()) {
            return turn;
        }
        try {
            if (!preferences.setIfNone(turn.who(), menu.get())) {
                return turn; // a language chosen stands
            }
        } catch (RuntimeException e) {
            warnings.warn(LOG, "menu language",
                    "Could not remember the menu's language for person {} ({}); answering in it this time", turn.who(),
                    LogSafe.value(e.getMessage()));
        }
        return new Turn(turn.who(), turn.channel(), menu.get(), true);
    }
}
