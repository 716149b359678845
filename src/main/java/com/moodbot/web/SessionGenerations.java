package com.moodbot.web;

/**
 * The admin sessions' generation: every session carries the one it was issued in, and signing out
 * moves to the next, which ends every session issued until then. With Redis the generation is
 * shared by every instance, so signing out on one ends the session on all of them.
 */
public interface SessionGenerations {

    /** The generation now. */
    long current();

    /** The generation now, for a session being issued: kept at least as long as that session lives. */
    long forNewSession();

    /** Signing out: every session issued until now ends. */
    void advance();
}
