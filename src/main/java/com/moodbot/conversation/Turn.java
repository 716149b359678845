package com.moodbot.conversation;

import com.moodbot.i18n.Language;
import com.moodbot.recommend.ChannelHistoryStore;

/**
 * Who is being answered (their keyed hash, for logs and history) and in which language.
 */
public record Turn(String who, Language language) {

    /** A web page session: nobody vouches for who it is, so nothing it says is kept or counted for long. */
    public boolean onWeb() {
        return who.startsWith(ChannelHistoryStore.WEB_PREFIX);
    }

    public Phrases say() {
        return Phrases.of(language);
    }
}
