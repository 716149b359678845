package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.TestServers;
import io.micronaut.runtime.server.EmbeddedServer;
import ch.qos.logback.classic.Level;
import com.moodbot.support.CapturedLog;
import com.moodbot.web.problem.ApiErrorResponseProcessor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A body over its route's cap is refused from its Content-Length alone, before a byte of it is
 * read: each request below announces its size and sends nothing more, and the answer must still come.
 */
class BodyCapsTest {

    /** Sends the request line and headers only, then waits up to 5 s for the status line. */
    private static String statusFor(EmbeddedServer server, String method, String path, String contentType, long length)
            throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.getPort() + "\r\nContent-Type: "
                    + contentType + "\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try {
                String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
                return line == null ? "closed" : line.split(" ")[1];
            } catch (SocketTimeoutException e) {
                return "waited for the body";
            }
        }
    }

    @Test
    void everyRouteRefusesABodyOverItsCapBeforeReadingIt() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger("caps-secret", graph, 71,
                     Map.of("moodbot.admin.token", "caps-admin-token-0123456"))) {
            String form = "application/x-www-form-urlencoded";
            List<String> wrong = new ArrayList<>();
            for (String[] c : new String[][] {
                    {"/webhook", "application/json", "2000000"}, {"/webhook/", "application/json", "2000000"},
                    {"/api/analyze", "multipart/form-data; boundary=x", "11000000"},
                    {"/api/analyze/", "multipart/form-data; boundary=x", "11000000"},
                    {"/admin/login", form, "1000000"}, {"/admin/logout", form, "1000000"},
                    {"/privacy/deletion", form, "1000000"}, {"/api/choice", "application/json", "1000000"}}) {
                String status = statusFor(server, "POST", c[0], c[1], Long.parseLong(c[2]));
                if (!status.equals("413")) {
                    wrong.add("POST " + c[0] + " with " + c[2] + " bytes: " + status);
                }
            }
            assertEquals(List.of(), wrong);
        }
    }

    /** A chunked body has no Content-Length to refuse it by: the server's own cap stops it, and says so once. */
    @Test
    void aChunkedWebhookPostOverTheServersCapIsRefusedWithOneLogLine() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger("caps-secret", graph, 72, Map.of());
             CapturedLog log = new CapturedLog(ApiErrorResponseProcessor.class, Level.INFO);
             Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("100000\r\n" + " ".repeat(0x100000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                for (int i = 0; i < 20; i++) { // 20 MiB, over max-request-size
                    out.write(chunk);
                }
                out.flush();
            } catch (IOException closedOnUs) {
                // the server answered and closed before the last chunk: what is checked below
            }
            String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertEquals("413", line.split(" ")[1], line);
            assertEquals(List.of("Refused POST /webhook with 413 (request_too_large)"), log.lines());
        }
    }
}
