package com.moodbot.web;

import java.time.Instant;

/**
 * Admin sessions signed out before they expired. With Redis the list is shared by every instance, so
 * signing out on one ends the session on all of them, and every copy of its cookie with it.
 */
public interface EndedSessions {

    /** Ends session {@code id}; it need not be remembered after {@code expires}, when it ends anyway. */
    void end(String id, Instant expires);

    /** @throws RuntimeException when the list cannot be read (Redis down): the caller refuses the session */
    boolean isEnded(String id);
}
