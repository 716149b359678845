package com.moodbot.web;

import com.moodbot.i18n.Language;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * Who may read the admin API: a signed-in browser (session cookie) or a script with
 * {@code Authorization: Bearer TOKEN}. Wrong tokens count towards the client's limit in {@link AdminAttempts}.
 */
@Singleton
public class AdminGate {

    private final AdminSessions sessions;
    private final AdminConfig config;
    private final AdminAttempts attempts;

    public AdminGate(AdminSessions sessions, AdminConfig config, AdminAttempts attempts) {
        this.sessions = sessions;
        this.config = config;
        this.attempts = attempts;
    }

    /** Empty when the request may go on; else the answer: 404 (admin off), 429 (too many wrong tokens) or 401. */
    public <T> Optional<MutableHttpResponse<T>> refusal(HttpRequest<?> request, @Nullable String authorization,
                                                        String path) {
        if (!config.enabled()) {
            return Optional.of(HttpResponse.notFound());
        }
        if (loggedIn(request)) {
            return Optional.empty();
        }
        long retryAfter = attempts.retryAfter(request, path);
        if (retryAfter > 0) {
            return Optional.of(HttpResponse.<T>status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter)));
        }
        if (!sessions.bearerMatches(authorization)) {
            if (authorization != null) {
                attempts.failed(request, path);
            }
            return Optional.of(HttpResponse.<T>status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"moodbot admin\""));
        }
        return Optional.empty();
    }

    /** The language an admin page asks in: it sends its own as {@code Accept-Language}; English otherwise. */
    public static Language pageLanguage(HttpRequest<?> request) {
        return Language.fromAcceptLanguage(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE)).orElse(Language.EN);
    }

    public boolean loggedIn(HttpRequest<?> request) {
        return request.getCookies().findCookie(AdminSessions.COOKIE)
                .map(c -> sessions.valid(c.getValue(), Instant.now())).orElse(false);
    }
}
