package com.moodbot.channel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a person talks to the bot. On Messenger a person is known by their Page-scoped id, on
 * Instagram Direct by their Instagram-scoped id (another id space: the same number on both is two
 * people), and their history and language are remembered; a web page tab could be anyone, so what
 * it does is kept only briefly, in memory, apart from the platforms' people.
 */
public enum Channel {
    MESSENGER, WEB, INSTAGRAM;

    /** Whether a person here has a lasting platform id, so their language choice is remembered. */
    public boolean remembersPeople() {
        return this != WEB;
    }

    /** The lower-case name used in analytics fields and on {@code /admin}: messenger, web, instagram. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The channel a {@link #label()} names. */
    public static Optional<Channel> parse(String label) {
        return Arrays.stream(values()).filter(c -> c.label().equals(label)).findFirst();
    }
}
