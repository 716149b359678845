package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.TestServers;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A state-changing POST that says it comes from another site's page is refused; one from the bot's
 * own pages, or without Origin (a script), is not. The requests name the public host, as they do
 * behind a proxy (Micronaut refuses foreign origins by itself only when the Host is localhost).
 */
class ForeignOriginTest {

    private static final String HOST = "bot.example.com";

    /** One POST over a raw socket, so that Host and Origin are exactly what a browser behind a proxy sends. */
    private static int post(EmbeddedServer server, String path, String origin, String contentType, String body)
            throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(30_000);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + HOST + "\r\n" + (origin == null ? "" : "Origin: " + origin
                    + "\r\n") + "Content-Type: " + contentType + "\r\nContent-Length: " + bytes.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    private static List<String> posts(EmbeddedServer server, String origin) throws Exception {
        String form = "application/x-www-form-urlencoded";
        String upload = "--b\r\nContent-Disposition: form-data; name=\"image\"; filename=\"p.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\nxyz\r\n--b--\r\n";
        List<String> statuses = new ArrayList<>();
        statuses.add("/admin/login " + post(server, "/admin/login", origin, form, "token=wrong-token-0123456789"));
        statuses.add("/admin/logout " + post(server, "/admin/logout", origin, form, ""));
        statuses.add("/api/choice " + post(server, "/api/choice", origin, "application/json", "{\"payload\":\"HELP\"}"));
        statuses.add("/api/analyze " + post(server, "/api/analyze", origin, "multipart/form-data; boundary=b", upload));
        return statuses;
    }

    @Test
    void aForeignOriginIsRefusedAndTheBotsOwnIsNot() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger("s", graph, 91, Map.of(
                     "moodbot.admin.token", "origin-admin-token-0123", "moodbot.public-url", "https://" + HOST))) {
            List<String> refused = List.of("/admin/login 403", "/admin/logout 403", "/api/choice 403", "/api/analyze 403");
            assertEquals(refused, posts(server, "https://evil.example"));
            assertEquals(refused, posts(server, "null"), "an opaque origin (a sandboxed frame, a data: page)");
            List<String> allowed = List.of("/admin/login 401", "/admin/logout 303", "/api/choice 200", "/api/analyze 422");
            assertEquals(allowed, posts(server, null), "no Origin (a script, an old browser)");
            assertEquals(allowed, posts(server, "https://" + HOST), "the bot's own pages");
        }
    }
}
