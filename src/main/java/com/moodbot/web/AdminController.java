package com.moodbot.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.moodbot.conversation.MoodCorrections;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.CatalogStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * {@code GET /admin/status} with {@code Authorization: Bearer <MOODBOT_ADMIN_TOKEN>}: catalog item
 * counts per category and mood, the last reload and its result, and the "not my mood" corrections.
 * Without a configured token the endpoint is off (404). Wrong tokens count towards the client's
 * limit in {@link AdminAttempts} (429 past it).
 */
@Controller("/admin")
public class AdminController {

    private final CatalogService catalogs;
    private final MoodCorrections corrections;
    private final AdminConfig config;
    private final AdminSessions sessions;
    private final AdminAttempts attempts;

    public AdminController(CatalogService catalogs, MoodCorrections corrections, AdminConfig config,
                           AdminSessions sessions, AdminAttempts attempts) {
        this.sessions = sessions;
        this.attempts = attempts;
        this.catalogs = catalogs;
        this.corrections = corrections;
        this.config = config;
    }

    @Get("/status")
    public HttpResponse<AdminStatus> status(HttpRequest<?> request,
                                            @Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization) {
        if (!config.enabled()) {
            return HttpResponse.notFound();
        }
        long retryAfter = attempts.retryAfter(request, "/admin/status");
        if (retryAfter > 0) {
            return HttpResponse.<AdminStatus>status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        }
        if (!sessions.bearerMatches(authorization)) {
            if (authorization != null) {
                attempts.failed(request, "/admin/status");
            }
            return HttpResponse.status(HttpStatus.UNAUTHORIZED);
        }
        return HttpResponse.ok(new AdminStatus(catalogs.status(), corrections.snapshot()));
    }

    @Serdeable
    public record AdminStatus(CatalogStatus catalog,
                              @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, Long> moodCorrections) {
    }
}
