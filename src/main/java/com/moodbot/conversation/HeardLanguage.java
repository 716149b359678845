package com.moodbot.conversation;

import com.moodbot.logging.LogSafe;
import com.moodbot.logging.LogThrottle;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Typed text from someone who has chosen no language, on a channel that remembers people: when it is plainly in
 * one of the bot's languages ({@link TypedLanguage}), it is answered in it, and so are their photos, stickers and
 * taps after it, for as long as {@link LanguagePreferences#heard} keeps it. A language chosen stands.
 */
@Singleton
public class HeardLanguage {

    private static final Logger LOG = LoggerFactory.getLogger(HeardLanguage.class);
    private final LanguagePreferences preferences;
    private final LogThrottle warnings = new LogThrottle(Duration.ofSeconds(10));

    public HeardLanguage(LanguagePreferences preferences) {
        this.preferences = preferences;
    }

    /**
     * The turn in the language {@code text} is written in, remembered when it is not the one they were answered in
     * (so the default's speakers leave nothing behind); else as it was.
     */
    public Turn follow(Turn turn, String text) {
        Turn written = in(turn, text);
        if (written.language() != turn.language()) {
            try {
                preferences.hear(turn.who(), written.language());
            } catch (RuntimeException e) {
                warnings.warn(LOG, "heard language", "Could not remember the language person {} wrote in ({}); "
                        + "answering in it this time", turn.who(), LogSafe.value(e.getMessage()));
            }
        }
        return written;
    }

    /** The turn in the language {@code text} is written in, remembering nothing (a request to be forgotten). */
    public static Turn in(Turn turn, String text) {
        if (turn.languageChosen() || !turn.channel().remembersPeople()) {
            return turn;
        }
        return TypedLanguage.of(text).map(turn::in).orElse(turn);
    }
}
