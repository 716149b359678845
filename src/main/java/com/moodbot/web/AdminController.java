package com.moodbot.web;

import com.moodbot.conversation.MoodCorrections;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.CatalogStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.serde.annotation.Serdeable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * {@code GET /admin/status} with {@code Authorization: Bearer <MOODBOT_ADMIN_TOKEN>}: catalog item
 * counts per category and mood, the last reload and its result, and the "not my mood" corrections.
 * Without a configured token the endpoint is off (404).
 */
@Controller("/admin")
public class AdminController {

    private final CatalogService catalogs;
    private final MoodCorrections corrections;
    private final AdminConfig config;

    public AdminController(CatalogService catalogs, MoodCorrections corrections, AdminConfig config) {
        this.catalogs = catalogs;
        this.corrections = corrections;
        this.config = config;
    }

    @Get("/status")
    public HttpResponse<AdminStatus> status(@Header("Authorization") @Nullable String authorization) {
        if (!config.enabled()) {
            return HttpResponse.notFound();
        }
        byte[] given = (authorization == null ? "" : authorization).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, ("Bearer " + config.token()).getBytes(StandardCharsets.UTF_8))) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED);
        }
        return HttpResponse.ok(new AdminStatus(catalogs.status(), corrections.snapshot()));
    }

    @Serdeable
    public record AdminStatus(CatalogStatus catalog, Map<String, Long> moodCorrections) {
    }
}
