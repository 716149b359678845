package com.moodbot.web;

/** The web page's per-tab session id stands in for the Messenger PSID, on {@code Channel.WEB}. */
final class WebSession {
    private WebSession() {
    }

    static String person(String session) {
        return session == null || session.isBlank() ? "anonymous" : session.strip();
    }
}
