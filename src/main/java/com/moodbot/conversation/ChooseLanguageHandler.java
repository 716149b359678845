package com.moodbot.conversation;

import com.moodbot.i18n.Language;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;

/** The menu's "Language": one quick reply per language, each in its own words. */
@Singleton
public class ChooseLanguageHandler implements PayloadHandler<Payload.ChooseLanguage> {

    @Override
    public List<Reply> handle(Turn turn, Payload.ChooseLanguage payload) {
        List<Reply.QuickReply> languages = Arrays.stream(Language.values())
                .map(l -> new Reply.QuickReply(l.nativeName(), new Payload.SetLanguage(l).encode())).toList();
        return List.of(new Reply.Text(turn.say().chooseLanguage(), languages));
    }
}
