package com.moodbot.web;

/** The web page's per-tab session id stands in for the Messenger PSID. */
final class WebSession {
    private WebSession() {
    }

    static String person(String session) {
        return "web:" + (session == null || session.isBlank() ? "anonymous" : session.strip());
    }
}
