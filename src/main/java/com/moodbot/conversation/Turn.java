package com.moodbot.conversation;

import com.moodbot.channel.Channel;
import com.moodbot.i18n.Language;

/**
 * Who is being answered (their keyed hash, for logs and history), on which channel, and in which language:
 * one they chose (or their page asked for), else the one they last wrote in, else the default.
 */
public record Turn(String who, Channel channel, Language language, boolean languageChosen) {

    public Phrases say() {
        return Phrases.of(language);
    }

    /** The same person and channel, answered in {@code other}. */
    public Turn in(Language other) {
        return new Turn(who, channel, other, languageChosen);
    }
}
