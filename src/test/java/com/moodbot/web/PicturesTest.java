package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.ShippedCatalogs;
import com.moodbot.support.TestServers;
import io.micronaut.runtime.server.EmbeddedServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /pictures/NAME} serves only pictures the catalogs in service name, capped, with caching headers. */
class PicturesTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path catalogs;

    /** The shipped catalogs, with the first food item naming images/soup.png; images/stray.png is named by none. */
    @BeforeEach
    void catalogsWithOnePicture() throws Exception {
        ShippedCatalogs.copyNamingPicture(catalogs, "soup.png");
        Files.createDirectories(catalogs.resolve("images"));
        ImageIO.write(new BufferedImage(200, 120, BufferedImage.TYPE_INT_RGB), "png", catalogs.resolve("images/soup.png").toFile());
        ImageIO.write(new BufferedImage(200, 120, BufferedImage.TYPE_INT_RGB), "png", catalogs.resolve("images/stray.png").toFile());
    }

    @Test
    void aPictureTheCatalogsNameIsServedWithNosniffAndCachingHeaders() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi(); EmbeddedServer server = start(graph)) {
            HttpResponse<byte[]> png = get(server, "/pictures/soup.png", Map.of());
            assertEquals(200, png.statusCode());
            assertEquals(200, ImageIO.read(new ByteArrayInputStream(png.body())).getWidth());
            assertEquals("image/png", png.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("nosniff", png.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertEquals("public, max-age=3600", png.headers().firstValue("Cache-Control").orElseThrow());
            assertTrue(png.headers().firstValue("Last-Modified").isPresent(), png.headers().toString());
            String etag = png.headers().firstValue("ETag").orElseThrow();

            HttpResponse<byte[]> again = get(server, "/pictures/soup.png", Map.of("If-None-Match", etag));
            assertEquals(304, again.statusCode());
            assertEquals(0, again.body().length);
        }
    }

    @Test
    void aFileInImagesThatNoCatalogNamesIsNotServed() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi(); EmbeddedServer server = start(graph)) {
            assertEquals(200, get(server, "/pictures/soup.png", Map.of()).statusCode());
            assertEquals(200, get(server, "/pictures/soup.png", Map.of("Accept", "image/webp")).statusCode(),
                    "whatever image types the client lists");
            assertEquals(404, get(server, "/pictures/stray.png", Map.of()).statusCode());
        }
    }

    @Test
    void aNamedPictureThatGrewOverTheCapIsRefused() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi(); EmbeddedServer server = start(graph)) {
            // replaced after the catalog was loaded: the catalog in service still names it
            Files.write(catalogs.resolve("images/soup.png"), new byte[(8 << 20) + 1]);
            assertEquals(404, get(server, "/pictures/soup.png", Map.of()).statusCode());
        }
    }

    private EmbeddedServer start(FakeGraphApi graph) throws Exception {
        return TestServers.messenger("pictures-secret", graph, 33, Map.of("moodbot.catalog.dir", catalogs.toString()));
    }

    private HttpResponse<byte[]> get(EmbeddedServer server, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
