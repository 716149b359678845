package com.moodbot.http;

/**
 * The server's plain text pages (privacy instructions, a deletion's status, notices) in one frame:
 * the admin stylesheet, a language and a title around a body the caller wrote.
 */
public final class SimplePage {

    private static final String FRAME = HtmlResources.read("pages/page.html");

    private SimplePage() {
    }

    /** @param body HTML the caller wrote; anything from a request in it must already be escaped */
    public static String html(String language, String title, String body) {
        return FRAME.replace("{{LANG}}", language).replace("{{TITLE}}", title).replace("{{BODY}}", body);
    }
}
