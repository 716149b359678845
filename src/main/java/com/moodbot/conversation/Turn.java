package com.moodbot.conversation;

import com.moodbot.i18n.Language;

/**
 * Who is being answered (their keyed hash, for logs and history) and in which language.
 */
public record Turn(String who, Language language) {

    public Phrases say() {
        return Phrases.of(language);
    }
}
