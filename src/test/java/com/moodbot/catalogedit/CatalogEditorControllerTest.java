package com.moodbot.catalogedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.Category;
import com.moodbot.support.TestFiles;
import com.moodbot.support.TestModels;
import com.moodbot.web.AdminSessions;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The editor's pages and JSON are for signed-in admins only, and its changes only from the bot's own
 * pages. Requests go over a raw socket, so Host and Origin are exactly what a browser behind a proxy sends.
 */
class CatalogEditorControllerTest {

    private static final String HOST = "bot.example.com";
    private static final String NEW_ITEM = "{\"category\":\"place\",\"originalId\":null,\"item\":{\"id\":\"quiet-bench\","
            + "\"titleEn\":\"A quiet bench\",\"titleEs\":\"Un banco tranquilo\",\"descriptionEn\":\"Sit and watch.\","
            + "\"descriptionEs\":\"Siéntate y mira.\",\"moods\":[\"sad\"],\"weight\":1,\"urlEn\":\"https://example.org/bench\","
            + "\"image\":null,\"tags\":[]}}";
    static EmbeddedServer server;
    static Path catalog;
    static String cookie;

    record Answer(int status, String head, String body) {
    }

    @BeforeAll
    static void start() throws Exception {
        catalog = TestFiles.dir("moodbot-catalog");
        try (Stream<Path> files = Files.list(Path.of("recommendations"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, catalog.resolve(f.getFileName()));
            }
        }
        Map<String, Object> props = new HashMap<>(Map.of("micronaut.server.port", -1, "moodbot.model.dir",
                TestModels.random(23).toString(),
                "moodbot.warm-up.enabled", false, "moodbot.catalog.dir", catalog.toString(),
                "moodbot.admin.token", "editor-admin-token-0123", "moodbot.public-url", "https://" + HOST));
        server = ApplicationContext.run(EmbeddedServer.class, props);
        cookie = AdminSessions.COOKIE + "=" + server.getApplicationContext().getBean(AdminSessions.class).issue(Instant.now());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static Answer send(String method, String path, String origin, String cookie, String body) throws Exception {
        return send(method, path, origin, cookie, body == null ? null : "application/json",
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8), "en");
    }

    private static Answer send(String method, String path, String origin, String cookie, String type, byte[] bytes,
                               String language) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + HOST + "\r\n"
                    + (origin == null ? "" : "Origin: " + origin + "\r\n") + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
                    + (type == null ? "" : "Content-Type: " + type + "\r\n") + "Accept-Language: " + language + "\r\n"
                    + "Content-Length: " + bytes.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            return new Answer(Integer.parseInt(text.split(" ")[1]), text.substring(0, split), text.substring(split + 4));
        }
    }

    private static String places() throws Exception {
        return Files.readString(catalog.resolve("places.yml"));
    }

    @Test
    void signedOutThePagesLeadToTheSignInAndTheJsonIsRefused() throws Exception {
        for (String page : new String[] {"/admin/catalog", "/admin/catalog/preview"}) {
            Answer answer = send("GET", page, null, null, null);
            assertEquals(303, answer.status(), page);
            assertTrue(answer.head().toLowerCase(java.util.Locale.ROOT).contains("location: /admin?next=" + page + "\r\n"),
                    "to the sign-in, which leads back here: " + answer.head());
        }
        Answer old = send("GET", "/catalog.html", null, null, null);
        assertEquals(303, old.status());
        assertTrue(old.head().toLowerCase().contains("location: /admin/catalog/preview"), old.head());
        assertEquals(404, send("GET", "/api/catalog", null, null, null).status(), "the old public JSON is gone");
        assertEquals(401, send("GET", "/admin/api/catalog", null, null, null).status());
        String forged = AdminSessions.COOKIE + "=" + Instant.now().toEpochMilli() + ".AAAA";
        assertEquals(401, send("GET", "/admin/api/catalog", null, forged, null).status());
        String before = places();
        assertEquals(401, send("POST", "/admin/api/catalog/save", "https://" + HOST, null, NEW_ITEM).status());
        assertEquals(401, send("POST", "/admin/api/catalog/check", "https://" + HOST, forged, NEW_ITEM).status());
        assertEquals(401, send("POST", "/admin/api/catalog/put-back", "https://" + HOST, null,
                "{\"file\":\"places.yml\"}").status());
        assertEquals(before, places(), "nothing written");
    }

    @Test
    void aSignedInAdminSavesFromTheBotsOwnPageButNotFromAnotherSite() throws Exception {
        Answer page = send("GET", "/admin/catalog", null, cookie, null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("/catalog-page.js"), "the catalog page");
        Answer view = send("GET", "/admin/api/catalog", null, cookie, null);
        assertEquals(200, view.status());
        assertTrue(view.body().contains("\"botanical-garden\""), view.body().substring(0, 200));
        assertFalse(view.body().contains(catalog.toString()), "the server's folder is never shown");

        String before = places();
        for (String foreign : new String[] {"https://evil.example", "null"}) {
            assertEquals(403, send("POST", "/admin/api/catalog/save", foreign, cookie, NEW_ITEM).status(), foreign);
            assertEquals(403, send("POST", "/admin/api/catalog/put-back", foreign, cookie, "{\"file\":\"places.yml\"}")
                    .status(), foreign);
        }
        assertEquals(before, places(), "a cross-site save writes nothing");

        Answer saved = send("POST", "/admin/api/catalog/save", "https://" + HOST, cookie, NEW_ITEM);
        assertEquals(200, saved.status(), saved.body());
        assertTrue(places().contains("  - id: quiet-bench\n"));
        assertTrue(server.getApplicationContext().getBean(CatalogService.class).current().items().get(Category.PLACE)
                .stream().anyMatch(i -> i.id().equals("quiet-bench")), "in service at once");

        Answer duplicate = send("POST", "/admin/api/catalog/check", "https://" + HOST, cookie, NEW_ITEM);
        assertEquals(200, duplicate.status());
        assertTrue(duplicate.body().matches("(?s).*\"file\":\"places\\.yml\",\"line\":\\d+,\"item\":\"quiet-bench\","
                + "\"message\":\"duplicate id 'quiet-bench' \\(first used on line \\d+\\)\",\"inItem\":true.*"), duplicate.body());
        assertEquals(422, send("POST", "/admin/api/catalog/save", "https://" + HOST, cookie, NEW_ITEM).status());
        Answer inSpanish = send("POST", "/admin/api/catalog/check", "https://" + HOST, cookie, "application/json",
                NEW_ITEM.getBytes(StandardCharsets.UTF_8), "es-ES,es;q=0.9,en;q=0.5");
        assertTrue(inSpanish.body().matches("(?s).*\"message\":\"id 'quiet-bench' repetido \\(usado antes en la línea \\d+\\)\".*"),
                "catalog check answers in the language the page asks in: " + inSpanish.body());
    }

    private static Answer upload(String origin, String name, byte[] content) throws Exception {
        return upload(origin, name, content, "en");
    }

    private static Answer upload(String origin, String name, byte[] content, String language) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--b\r\nContent-Disposition: form-data; name=\"picture\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(content);
        body.write("\r\n--b--\r\n".getBytes(StandardCharsets.US_ASCII));
        return send("POST", "/admin/api/catalog/pictures", origin, cookie, "multipart/form-data; boundary=b",
                body.toByteArray(), language);
    }

    @Test
    void anUploadedPictureIsCheckedAsCatalogCheckChecksPictures() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(200, 120, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        assertEquals(403, upload("https://evil.example", "Bench Photo.PNG", png.toByteArray()).status());
        Answer stored = upload("https://" + HOST, "Bench Photo.PNG", png.toByteArray());
        assertEquals(200, stored.status(), stored.body());
        String name = stored.body().replaceAll(".*\"name\":\"([^\"]+)\".*", "$1");
        assertTrue(name.matches("bench-photo-[0-9a-f]{16}\\.png"), name);
        assertTrue(Files.isRegularFile(catalog.resolve("images").resolve(name)));

        ByteArrayOutputStream tiny = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", tiny);
        Answer small = upload("https://" + HOST, "icon.png", tiny.toByteArray());
        assertEquals(422, small.status());
        assertTrue(small.body().contains("image icon.png is 40x40 px; pictures must be 100 to 4096 px a side"),
                "about the file the admin chose: " + small.body());
        Answer smallInSpanish = upload("https://" + HOST, "icon.png", tiny.toByteArray(), "es");
        assertTrue(smallInSpanish.body().contains("las imágenes tienen que medir de 100 a 4096 px por lado"),
                smallInSpanish.body());
        assertEquals(422, upload("https://" + HOST, "notes.png", "not a picture".getBytes(StandardCharsets.UTF_8)).status());
        try (Stream<Path> left = Files.list(catalog.resolve("images"))) {
            assertEquals(List.of(name), left.map(p -> p.getFileName().toString()).toList(), "refused pictures are not kept");
        }
    }
}
