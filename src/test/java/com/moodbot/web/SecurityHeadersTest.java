package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.ShippedCatalogs;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.Photos;
import com.moodbot.support.TestFiles;
import com.moodbot.support.TestServers;
import io.micronaut.runtime.server.EmbeddedServer;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every page and picture, however its path is spelt, carries the security headers. */
class SecurityHeadersTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesPicturesAndTheAdminPageCarryTheSecurityHeaders() throws Exception {
        Path catalog = ShippedCatalogs.copyNamingPicture(TestFiles.dir("moodbot-catalog"), "sunset.png");
        Files.createDirectories(catalog.resolve("images"));
        Files.write(catalog.resolve("images/sunset.png"), Photos.encode(new BufferedImage(600, 314,
                BufferedImage.TYPE_INT_RGB), "png"));
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger("s", graph, 61, Map.of(
                     "moodbot.admin.token", "headers-admin-token-0123", "moodbot.catalog.dir", catalog.toString()))) {
            List<String> missing = new ArrayList<>();
            for (String path : List.of("/", "/index.html", "/catalog.html", "/chat.js", "/admin", "/admin/", "/ADMIN",
                    "/pictures/sunset.png", "/pictures/missing.png", "/api/catalog", "/no-such-page")) {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(),
                        HttpResponse.BodyHandlers.discarding());
                String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
                check(missing, path, r.statusCode(), "nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
                check(missing, path, r.statusCode(), "same-origin", r.headers().firstValue("Referrer-Policy").orElse(""));
                check(missing, path, r.statusCode(), "script-src 'self'", csp);
                check(missing, path, r.statusCode(), "frame-ancestors 'none'", csp);
                check(missing, path, r.statusCode(), "object-src 'none'", csp);
                if (csp.contains("unsafe-inline") || csp.contains("unsafe-eval")) {
                    missing.add(path + ": allows inline script or eval: " + csp);
                }
            }
            assertEquals(List.of(), missing);
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/pictures/sunset.png"))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode(), "the picture is served");
        }
    }

    private static void check(List<String> missing, String path, int status, String expected, String actual) {
        if (!actual.contains(expected)) {
            missing.add(path + " (" + status + "): no " + expected + " in '" + actual + "'");
        }
    }
}
