package com.moodbot.conversation;

import com.moodbot.i18n.DefaultLanguageConfig;
import com.moodbot.i18n.Language;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Typed text from someone who has chosen no language, on a channel that remembers people: when it is plainly in
 * one of the bot's languages ({@link TypedLanguage}), it is answered in it, and so are their photos, stickers and
 * taps after it, for as long as {@link LanguagePreferences#hear} keeps it. A language chosen stands.
 */
@Singleton
public class HeardLanguage {

    private static final Logger LOG = LoggerFactory.getLogger(HeardLanguage.class);
    private final LanguagePreferences preferences;
    private final Language defaultLanguage;
    private final BestEffort kept = new BestEffort(LOG, "heard language",
            "Could not remember the language person {} wrote in ({}); answering in it this time");

    public HeardLanguage(LanguagePreferences preferences, DefaultLanguageConfig defaults) {
        this.preferences = preferences;
        this.defaultLanguage = defaults.language();
    }

    /**
     * The turn in the language a text is {@code written} in, unless one was chosen. Another than the default is
     * remembered (or kept longer); the default is remembered by keeping nothing, so its speakers leave nothing behind.
     */
    public Turn follow(Turn turn, Optional<Language> written) {
        Turn answered = turn.inUnlessChosen(written);
        if (answered != turn) {
            kept.run(() -> {
                if (answered.language() != defaultLanguage) {
                    preferences.hear(turn.who(), answered.language());
                } else if (turn.language() != defaultLanguage) {
                    preferences.unhear(turn.who());
                }
            }, turn.who());
        }
        return answered;
    }
}
