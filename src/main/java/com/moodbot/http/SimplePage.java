package com.moodbot.http;

import com.moodbot.i18n.Language;
import com.moodbot.i18n.Localized;
import java.util.Map;

/**
 * The server's plain text pages (privacy instructions, a deletion's status, notices) in one frame:
 * the admin stylesheet, a language and a title around a body the caller wrote.
 */
public final class SimplePage {

    private static final String FRAME = HtmlResources.read("pages/page.html");
    private static final Localized BACK = new Localized(Map.of(Language.EN, "Try it here", Language.ES, "Pruébalo aquí"));

    private SimplePage() {
    }

    /** @param body HTML the caller wrote; anything from a request in it must already be escaped */
    public static String html(String language, String title, String body) {
        return FRAME.replace("{{LANG}}", language).replace("{{TITLE}}", title).replace("{{BODY}}", body);
    }

    /**
     * A short notice for a person: a heading, one line and a way to the chat page.
     *
     * @param line the bot's own words, never text from a request
     */
    public static String notice(Language language, String title, String line) {
        return html(language.code(), title, "  <h1>" + title + "</h1>\n  <p>" + line + "</p>\n"
                + "  <p><a href=\"/\">" + BACK.in(language) + "</a></p>");
    }
}
