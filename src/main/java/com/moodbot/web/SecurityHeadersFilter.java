package com.moodbot.web;

import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The same security headers on every response, whatever its path or spelling (pages, static files,
 * {@code /pictures}, {@code /admin}, errors): a Content-Security-Policy that allows the bot's own
 * scripts and styles only (no inline script, no eval; Chart.js is served by the bot), pictures from
 * the bot, HTTPS hosts (a catalog item's own picture) and the chat page's local photo preview
 * (blob:), no framing anywhere; {@code nosniff}; and no Referer sent to other sites.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' https: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @ResponseFilter
    public void addHeaders(MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: with no-referrer Chromium sends "Origin: null" on the login form's
        // POST, which Micronaut's CORS handling refuses with 403
        headers.set("Referrer-Policy", "same-origin");
    }
}
