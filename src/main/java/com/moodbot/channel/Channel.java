package com.moodbot.channel;

/**
 * Where a person talks to the bot. On Messenger a person is known by their Page-scoped id, and their
 * history and language are remembered; a web page tab could be anyone, so what it does is kept only
 * briefly, in memory, apart from Messenger people.
 */
public enum Channel {
    MESSENGER, WEB
}
