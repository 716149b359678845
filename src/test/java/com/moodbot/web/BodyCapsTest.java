package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.TestServers;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.BufferedReader;
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
}
