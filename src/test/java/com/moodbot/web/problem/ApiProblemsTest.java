package com.moodbot.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.moodbot.support.CapturedLog;
import com.moodbot.support.TestModels;
import com.moodbot.support.TestServers;
import com.moodbot.web.WebAdmissionFilter;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every error answer of {@code /api/*}, the framework's and the bot's own, is one shape: RFC 9457 problem
 * details as {@code application/problem+json} with the bot's code and a message in the request's language.
 */
class ApiProblemsTest {

    static EmbeddedServer server;
    static final HttpClient http = HttpClient.newHttpClient();
    /** Each request its own client behind the trusted proxy, so that only the 429 test meets the token bucket. */
    static final AtomicInteger clients = new AtomicInteger(1);

    @BeforeAll
    static void start() throws Exception {
        var model = TestModels.random(17);
        server = ApplicationContext.run(EmbeddedServer.class, TestServers.merged(Map.of("micronaut.server.port", -1,
                "moodbot.model.dir", model.toString(), "moodbot.warm-up.enabled", false,
                "moodbot.web.trusted-proxies", "127.0.0.1", "moodbot.web.per-minute", 2, "moodbot.web.burst", 2,
                FailingRoute.ENABLED, true), TestServers.NEVER_ASK));
    }

    @AfterAll
    static void stop() {
        server.getApplicationContext().close();
    }

    private static HttpRequest.Builder request(String path, String language) {
        return HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Accept-Language", language)
                .header("X-Forwarded-For", "198.51.100." + clients.incrementAndGet());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String multipart(String part, String type, String content) {
        return "--b\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"p.jpg\"\r\nContent-Type: "
                + type + "\r\n\r\n" + content + "\r\n--b--\r\n";
    }

    /** The answer's problem, after checking its status, media type and that every member is there. */
    private static JsonNode problem(int status, String contentType, String body) throws Exception {
        assertEquals("application/problem+json", contentType.split(";")[0], body);
        JsonNode p = JsonMapper.createDefault().readValue(body, JsonNode.class);
        assertEquals("about:blank", p.get("type").getStringValue(), body);
        assertEquals(status, p.get("status").getIntValue(), body);
        for (String member : List.of("title", "detail", "code", "message")) {
            assertTrue(p.get(member) != null && !p.get(member).getStringValue().isBlank(), member + " in " + body);
        }
        return p;
    }

    private static JsonNode problem(int status, HttpResponse<String> answer) throws Exception {
        assertEquals(status, answer.statusCode(), answer.body());
        return problem(status, answer.headers().firstValue("Content-Type").orElse(""), answer.body());
    }

    /** A multipart upload of {@code content} as a JPEG in the part {@code part}. */
    private static HttpResponse<String> upload(String language, String part, String content) throws Exception {
        return send(request("/api/analyze", language).header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(multipart(part, "image/jpeg", content))));
    }

    @Test
    void aMissingImagePartIs400AndTheDetailNamesThePart() throws Exception {
        JsonNode p = problem(400, upload("en", "photo", "xyz"));
        assertEquals("bad_request", p.get("code").getStringValue());
        assertEquals("the request has no \"image\"", p.get("detail").getStringValue());
        assertEquals("I couldn't read that request. Please send a photo.", p.get("message").getStringValue());
    }

    @Test
    void anUnknownPathIs404InSpanishForASpanishBrowser() throws Exception {
        JsonNode p = problem(404, send(request("/api/nothing-here", "es-ES,es;q=0.9").GET()));
        assertEquals("not_found", p.get("code").getStringValue());
        assertEquals("Aquí no hay nada. Mándame una foto.", p.get("message").getStringValue());
    }

    @Test
    void aBrowserOutsideTheApiGetsAPageInItsLanguageWithAWayBackAndNoInlineStyle() throws Exception {
        HttpResponse<String> page = send(request("/nothing-here", "es-ES,es;q=0.9")
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
        assertEquals(404, page.statusCode(), page.body());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().toString());
        assertTrue(page.body().contains("<html lang=\"es\">") && page.body().contains("<p>Aquí no hay nada. Mándame una foto.</p>")
                && page.body().contains("<a href=\"/\">Pruébalo aquí</a>"), page.body());
        assertTrue(!page.body().contains("<style") && !page.body().contains("style="), "the CSP allows no inline style");
    }

    @Test
    void aWrongMethodIs405AndOneLogLine() throws Exception {
        try (CapturedLog log = new CapturedLog(ApiErrorResponseProcessor.class, Level.INFO)) {
            assertEquals("method_not_allowed", problem(405, send(request("/api/analyze", "en").GET())).get("code").getStringValue());
            assertEquals(List.of("Refused GET /api/analyze with 405 (method_not_allowed)"), log.lines());
        }
    }

    @Test
    void aBodyThatIsNotMultipartIs415() throws Exception {
        JsonNode p = problem(415, send(request("/api/analyze", "en").header("Content-Type", "image/jpeg")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}))));
        assertEquals("unsupported_media_type", p.get("code").getStringValue());
        assertEquals("Please attach the photo as a file (a form upload with the photo in the field \"image\").",
                p.get("message").getStringValue(), "a raw JPEG body is a photo sent the wrong way, not a wrong photo");
    }

    @Test
    void somethingThatIsNotAPhotoIs422WithTheReasonAsCodeAndTheBotsOwnReply() throws Exception {
        JsonNode p = problem(422, upload("es", "image", "<html>hi</html>"));
        assertEquals("unsupported_format", p.get("code").getStringValue());
        assertTrue(p.get("message").getStringValue().startsWith("No he podido abrirla como foto"), p.get("message").getStringValue());
    }

    @Test
    void oneRequestTooManyIs429WithRetryAfterAndTheWaitInTheMessage() throws Exception {
        HttpResponse<String> last = null;
        try (CapturedLog log = new CapturedLog(WebAdmissionFilter.class, Level.INFO)) {
            for (int i = 0; i < 3; i++) {
                last = send(request("/api/choice", "en").setHeader("X-Forwarded-For", "203.0.113.77")
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"payload\":\"HELP\"}")));
            }
            assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("Refused POST /api/choice with 429: too many requests")),
                    log.lines().toString());
        }
        JsonNode p = problem(429, last);
        long seconds = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
        assertEquals("too_many_requests", p.get("code").getStringValue());
        assertEquals("You're sending photos a little fast. Please wait " + seconds + " second" + (seconds == 1 ? "" : "s")
                + " and try again.", p.get("message").getStringValue());
    }

    @Test
    void aServerErrorIs500AndTellsNothingOfTheServer() throws Exception {
        JsonNode p = problem(500, send(request(FailingRoute.PATH, "en").GET()));
        assertEquals("internal_error", p.get("code").getStringValue());
        assertTrue(!p.toString().contains(FailingRoute.SECRET), p.toString());
    }

    /** One request over a raw socket, read until the server closes the connection. */
    private static String raw(String head, byte[] body) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static JsonNode problem(int status, String rawAnswer) throws Exception {
        String[] parts = rawAnswer.split("\r\n\r\n", 2);
        assertTrue(parts[0].startsWith("HTTP/1.1 " + status + " "), parts[0]);
        String contentType = parts[0].lines().filter(l -> l.toLowerCase().startsWith("content-type:")).findFirst()
                .orElse("content-type: none").substring("content-type:".length()).strip();
        return problem(status, contentType, parts[1]);
    }

    @Test
    void aPostFromAnotherSiteIs403() throws Exception {
        byte[] body = "{\"payload\":\"HELP\"}".getBytes(StandardCharsets.UTF_8);
        JsonNode p = problem(403, raw("POST /api/choice HTTP/1.1\r\nHost: bot.example.com\r\nOrigin: https://evil.example\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n", body));
        assertEquals("foreign_origin", p.get("code").getStringValue());
    }

    @Test
    void aBodyOverTheCapIs413FromItsLengthAloneAndTheConnectionIsClosed() throws Exception {
        // no Connection: close asked for, and no body sent: the answer comes, then the server closes the connection
        JsonNode p = problem(413, raw("POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 13000000\r\n\r\n", new byte[0]));
        assertEquals("request_too_large", p.get("code").getStringValue());
        assertEquals("That photo is too big for me. Please send a smaller one.", p.get("message").getStringValue());
        assertEquals("body too large: 13000000 bytes; this takes a photo of at most 8 MiB (8454144 bytes with its "
                + "form)", p.get("detail").getStringValue());
    }
}
