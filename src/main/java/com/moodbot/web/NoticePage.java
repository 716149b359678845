package com.moodbot.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;

/** A short page for a person or an admin who reached something that is not there: 404, never cached. */
public final class NoticePage {

    private static final String TEMPLATE = HtmlResources.read("pages/notice.html");

    private NoticePage() {
    }

    /** @param body the page's paragraphs, as HTML the caller wrote (never text from a request) */
    public static HttpResponse<String> notFound(String language, String title, String body) {
        return HttpResponse.<String>status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(TEMPLATE.replace("{{LANG}}", language)
                        .replace("{{TITLE}}", title).replace("{{BODY}}", body));
    }
}
