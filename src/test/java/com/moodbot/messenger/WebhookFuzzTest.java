package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.TestServers;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mutated payloads with valid signatures: never a 5xx, and never a reply to a malformed event. */
class WebhookFuzzTest {

    static final String SECRET = "fuzz-secret";
    static final SignatureVerifier SIGNER = new SignatureVerifier(SECRET);
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static FakeGraphApi graph;
    static EmbeddedServer server;

    @BeforeAll
    static void start() throws Exception {
        graph = new FakeGraphApi();
        server = TestServers.messenger(SECRET, graph, 6, Map.of(
                "moodbot.dispatch.queue-capacity", 100_000,
                "moodbot.fetch.allowed-hosts", "nowhere.invalid"));
    }

    @AfterAll
    static void stop() {
        server.getApplicationContext().close();
        graph.close();
    }

    static int post(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/webhook"))
                .header("X-Hub-Signature-256", SIGNER.header(bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String fixture(String name) {
        return new String(Fixtures.webhook(name, Map.of("IMAGE_URL", "https://scontent.xx.fbcdn.net/p.jpg", "MID", "m_fuzz",
                "PSID", "42", "PAYLOAD", "HELP")), StandardCharsets.UTF_8);
    }

    static String mutate(String s, Random r) {
        StringBuilder b = new StringBuilder(s);
        String alphabet = "{}[]\":,0123456789-truefalsnl \\\u00e9\u0000";
        int edits = 1 + r.nextInt(6);
        for (int i = 0; i < edits && b.length() > 0; i++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(4)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
                case 2 -> b.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
                default -> b.setLength(at);
            }
        }
        return b.toString();
    }

    @Test
    void thousandsOfMutatedPayloadsNeverCauseA5xx() throws Exception {
        List<String> seeds = List.of(fixture("image.json"), fixture("sticker.json"), fixture("text.json"),
                fixture("several.json"), fixture("quick-reply.json"), fixture("echo-delivery-read.json"),
                fixture("unknown-fields.json"));
        Random random = new Random(2026);
        for (int i = 0; i < 3000; i++) {
            String body = mutate(seeds.get(i % seeds.size()), random).replace("m_", "m" + i + "_");
            int status = post(body);
            assertTrue(status < 500, "HTTP " + status + " for: " + body);
        }
        assertTrue(server.getApplicationContext().getBean(EventDispatcher.class).awaitIdle(60, TimeUnit.SECONDS));
    }

    // an image attachment without a usable URL is no breakage: the person sent a photo, and is told it could
    // not be fetched (WebhookParserTest)
    @Test
    void malformedEventsGetNoReply() throws Exception {
        assertTrue(server.getApplicationContext().getBean(EventDispatcher.class).awaitIdle(60, TimeUnit.SECONDS));
        graph.clear();
        String text = fixture("text.json");
        String postback = fixture("several.json");
        List<UnaryOperator<String>> breakages = List.of(
                s -> s.replace("\"sender\":{\"id\":\"3333\"}", "\"sender\":{}"),
                s -> s.replace("\"sender\":{\"id\":\"3333\"}", "\"sender\":{\"id\":3333}"),
                s -> s.replace("\"sender\":{\"id\":\"3333\"}", "\"sender\":{\"id\":\"\"}"),
                s -> s.replace("\"sender\":{\"id\":\"3333\"}", "\"sender\":\"3333\""),
                s -> s.replace("\"mid\":\"m_text_1\",", ""),
                s -> s.replace("\"mid\":\"m_text_1\"", "\"mid\":17"),
                s -> s.replace("\"mid\":\"m_text_1\"", "\"mid\":\"" + "x".repeat(500) + "\""),
                s -> s.replace("\"text\":\"hello there\"", "\"text\":42"),
                s -> s.replace("\"text\":\"hello there\"", "\"text\":\"   \""),
                s -> s.replace("\"message\":{", "\"message\":[{").replace(",\"nlp\":{\"entities\":{}}}}", ",\"nlp\":{}}]}"),
                s -> s.replace("\"messaging\":[", "\"messaging\":{\"x\":[").replace("}]}]}", "}]}}]}"),
                s -> s.replace("\"entry\":[", "\"entry\":{\"a\":[").replace("]}]}", "]}]}}"),
                s -> s.replace("\"object\":\"page\"", "\"object\":\"user\""),
                s -> s.replace("\"text\":\"hello there\"", "\"attachments\":\"image\""),
                s -> s.replace("\"text\":\"hello there\"", "\"is_echo\":true,\"text\":\"hello there\""));
        for (int i = 0; i < breakages.size(); i++) {
            assertEquals(200, post(breakages.get(i).apply(text).replace("m_text_1", "m_bad_" + i)), "breakage " + i);
        }
        String brokenPostbacks = postback.replace("\"payload\":\"GET_STARTED\"", "\"payload\":5")
                .replace("\"text\":\"first\"", "\"text\":[]")
                .replace("\"attachments\":[{\"type\":\"audio\",\"payload\":{\"url\":\"https://cdn.fbsbx.com/v/voice.mp4\"}}]",
                        "\"attachments\":[]");
        assertEquals(200, post(brokenPostbacks));
        assertTrue(server.getApplicationContext().getBean(EventDispatcher.class).awaitIdle(30, TimeUnit.SECONDS));
        assertEquals(List.of(), graph.callsTo("3333"));
        assertEquals(List.of(), graph.callsTo("5555"));
        assertEquals(List.of(), graph.callsTo("6666"));
    }
}
