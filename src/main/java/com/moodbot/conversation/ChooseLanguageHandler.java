package com.moodbot.conversation;

import com.moodbot.i18n.Language;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;

/** The menu's "Language": one quick reply per language, each in its own words, under a question in the menu's. */
@Singleton
public class ChooseLanguageHandler implements PayloadHandler<Payload.ChooseLanguage> {

    @Override
    public List<Reply> handle(Turn turn, Payload.ChooseLanguage payload) {
        return List.of(offer(turn.inUnlessChosen(payload.menuLanguage())));
    }

    /** The question, with one quick reply per language (asked from the menu, or typed: "¿hablas español?"). */
    static Reply.Text offer(Turn turn) {
        List<Reply.QuickReply> languages = Arrays.stream(Language.values()).map(ChooseLanguageHandler::button).toList();
        return new Reply.Text(turn.say().chooseLanguage(), languages);
    }

    /** The quick reply that sets {@code language}, in its own words. */
    private static Reply.QuickReply button(Language language) {
        return new Reply.QuickReply(language.nativeName(), new Payload.SetLanguage(language).encode());
    }
}
