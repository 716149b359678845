package com.moodbot.web.problem;

import com.moodbot.http.SimplePage;
import com.moodbot.i18n.Language;
import com.moodbot.i18n.Localized;
import java.util.Map;

/**
 * What a browser is shown for an error outside {@code /api/*}: the site's own frame (Micronaut's page
 * has an inline style, which the Content-Security-Policy blocks), the message a person gets from the
 * API in their language (the bot's own words, nothing from the request), and a way to the chat page.
 */
final class BrowserErrorPage {

    private static final Localized BACK = new Localized(Map.of(Language.EN, "Try it here",
            Language.ES, "Pruébalo aquí"));

    private BrowserErrorPage() {
    }

    /** @param retryAfterSeconds the wait a 429 names */
    static String html(Language language, ProblemCode code, long retryAfterSeconds) {
        return SimplePage.html(language.code(), "moodbot", "  <h1>moodbot</h1>\n  <p>"
                + code.message(language, retryAfterSeconds) + "</p>\n"
                + "  <p><a href=\"/\">" + BACK.in(language) + "</a></p>");
    }
}
