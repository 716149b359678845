package com.moodbot.conversation;

import com.moodbot.channel.Channel;
import com.moodbot.i18n.Language;
import java.util.Optional;

/**
 * Who is being answered (their keyed hash, for logs and history), on which channel, and in which language:
 * one they chose (or their page asked for), else the one they last wrote in, else the default.
 */
public record Turn(String who, Channel channel, Language language, boolean languageChosen) {

    public Phrases say() {
        return Phrases.of(language);
    }

    /** Answered in {@code language} (a menu's, a question's, the one written in), unless the person chose one. */
    public Turn inUnlessChosen(Optional<Language> language) {
        return languageChosen ? this : language.map(this::in).orElse(this);
    }

    /** The same person and channel, answered in {@code other}. */
    public Turn in(Language other) {
        return new Turn(who, channel, other, languageChosen);
    }
}
