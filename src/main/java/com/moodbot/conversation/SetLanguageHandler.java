package com.moodbot.conversation;

import jakarta.inject.Singleton;
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
    private final BestEffort kept = new BestEffort(LOG, "set language",
            "Could not remember the language of person {} ({}); answering in it this time");

    public SetLanguageHandler(LanguagePreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public List<Reply> handle(Turn turn, Payload.SetLanguage payload) {
        if (turn.channel().remembersPeople()) {
            kept.run(() -> preferences.set(turn.who(), payload.language()), turn.who());
        }
        Phrases say = Phrases.of(payload.language());
        return List.of(new Reply.Text(say.languageSet(), BrowseHandler.kinds(say)));
    }
}
