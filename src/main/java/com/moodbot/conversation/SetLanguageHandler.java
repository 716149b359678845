package com.moodbot.conversation;

import com.moodbot.logging.LogSafe;
import com.moodbot.logging.LogThrottle;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers a Messenger or Instagram person's language and says so in it. The web page keeps its own choice in
 * the browser and sends it with every request, so web sessions are never stored here.
 */
@Singleton
public class SetLanguageHandler implements PayloadHandler<Payload.SetLanguage> {

    private static final Logger LOG = LoggerFactory.getLogger(SetLanguageHandler.class);
    private final LanguagePreferences preferences;
    private final LogThrottle warnings = new LogThrottle(Duration.ofSeconds(10));

    public SetLanguageHandler(LanguagePreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public List<Reply> handle(Turn turn, Payload.SetLanguage payload) {
        if (turn.channel().remembersPeople()) {
            try {
                preferences.set(turn.who(), payload.language());
            } catch (RuntimeException e) {
                warnings.warn(LOG, "set language", "Could not remember the language of person {} ({}); "
                        + "answering in it this time", turn.who(), LogSafe.value(e.getMessage()));
            }
        }
        Phrases say = Phrases.of(payload.language());
        return List.of(new Reply.Text(say.languageSet(), BrowseHandler.kinds(say)));
    }
}
