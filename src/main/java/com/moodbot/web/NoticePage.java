package com.moodbot.web;

import com.moodbot.http.SimplePage;
import com.moodbot.i18n.Language;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;

/** A short page for a person or an admin who reached something that is not there: 404, never cached. */
public final class NoticePage {

    private NoticePage() {
    }

    /** @param body the page's paragraphs, as HTML the caller wrote (never text from a request) */
    public static HttpResponse<String> notFound(String language, String title, String body) {
        return notFound(SimplePage.html(language, title, "  <h1>" + title + "</h1>\n" + body));
    }

    /** {@link SimplePage#notice}: one line and a way to the chat page. */
    public static HttpResponse<String> notFound(Language language, String line) {
        return notFound(SimplePage.notice(language, "moodbot", line));
    }

    private static HttpResponse<String> notFound(String page) {
        return HttpResponse.<String>status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(page);
    }
}
