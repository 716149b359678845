package com.moodbot.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;

/** The admin pages' answer while MOODBOT_ADMIN_TOKEN is unset: 404, with a page that says how to turn them on. */
public final class AdminOff {

    private static final String PAGE = HtmlResources.read("admin/off.html");

    private AdminOff() {
    }

    public static HttpResponse<String> page() {
        return HttpResponse.<String>status(HttpStatus.NOT_FOUND).body(PAGE).contentType(MediaType.TEXT_HTML_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
