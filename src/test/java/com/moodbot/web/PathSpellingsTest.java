package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.bench.PhotoUpload;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.TestServers;
import io.micronaut.runtime.server.EmbeddedServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Every spelling of a guarded path that reaches its controller meets the same guard: a trailing or
 * doubled slash, another case, percent-encoded letters, dot segments, matrix parameters.
 */
class PathSpellingsTest {

    private static final String SECRET = "spelling-secret";
    private static final String ADMIN_TOKEN = "spelling-admin-token-0123456789";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Spellings of {@code path} ("/a/b") a client could send. */
    static List<String> spellings(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        String head = path.substring(0, path.lastIndexOf('/'));
        String encoded = head + "/%" + Integer.toHexString(last.charAt(0)) + last.substring(1);
        List<String> all = new ArrayList<>(List.of(path, path + "/", path + "//", "/" + path, path.toUpperCase(),
                head + "/" + Character.toUpperCase(last.charAt(0)) + last.substring(1), encoded, encoded + "/",
                head + "/./" + last, head + "/x/../" + last, path + ";x=1", path + "%2F", path + "?x=1", path + "/?x=1",
                path + "%20", path + "."));
        if (head.length() > 0) {
            all.add(head + "//" + last);
            all.add(head.toUpperCase() + "/" + last);
            all.add("/%" + Integer.toHexString(head.charAt(1)) + head.substring(2) + "/" + last);
        }
        return all;
    }

    @Test
    void everySpellingOfAnalyzeThatReachesTheControllerIsAdmittedFirst() throws Exception {
        byte[] photo = noiseJpeg();
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 31, Map.of(
                     "moodbot.web.per-minute", 1, "moodbot.web.burst", 1,
                     "moodbot.web.trusted-proxies", "127.0.0.1"))) {
            List<String> bypasses = new ArrayList<>();
            int reached = 0;
            int client = 0;
            for (String spelling : spellings("/api/analyze")) {
                String who = "203.0.113." + (++client);
                int first = upload(server, spelling, photo, who);
                int second = upload(server, spelling, photo, who);
                if (first != 404 && first != 400) {
                    reached++;
                }
                if (second != 429 && !(first == second && (first == 404 || first == 400))) {
                    bypasses.add(spelling + " -> " + first + ", " + second);
                }
            }
            assertTrue(reached >= 2, "the plain spelling and at least one other reach the controller: " + reached);
            assertEquals(List.of(), bypasses, "spellings that passed the web limits");
        }
    }

    @Test
    void everySpellingOfTheOtherGuardedPathsMeetsItsGuard() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 32,
                     Map.of("moodbot.admin.token", ADMIN_TOKEN))) {
            List<String> open = new ArrayList<>();
            for (String spelling : spellings("/admin/status")) {
                expect(open, spelling, get(server, spelling), 401, 404, 400);
            }
            for (String spelling : spellings("/admin/api/usage")) {
                expect(open, spelling, get(server, spelling), 401, 404, 400);
            }
            for (String spelling : spellings("/webhook")) {
                int status = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + spelling))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"object\":\"page\",\"entry\":[]}")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                expect(open, "POST " + spelling, status, 403, 404, 400, 405);
            }
            for (String spelling : spellings("/go/forged")) {
                expect(open, spelling, get(server, spelling), 404, 400);
            }
            for (String spelling : spellings("/pictures/..%2Fapplication.yml")) {
                expect(open, spelling, get(server, spelling), 404, 400);
            }
            assertEquals(List.of(), open, "spellings that got past their guard");
        }
    }

    private static void expect(List<String> open, String spelling, int status, int... allowed) {
        for (int a : allowed) {
            if (status == a) {
                return;
            }
        }
        open.add(spelling + " -> " + status);
    }

    private int get(EmbeddedServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int upload(EmbeddedServer server, String path, byte[] jpeg, String forwardedFor) throws Exception {
        return http.send(PhotoUpload.request(URI.create(server.getURL() + path), jpeg)
                .header("X-Forwarded-For", forwardedFor).build(), HttpResponse.BodyHandlers.ofString(
                StandardCharsets.UTF_8)).statusCode();
    }

    private static byte[] noiseJpeg() throws Exception {
        BufferedImage img = new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 48; x++) {
                img.setRGB(x, y, (x * 31 + y * 17) * 2654435 & 0xffffff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }
}
