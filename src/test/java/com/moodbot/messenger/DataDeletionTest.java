package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.RecentChoices;
import com.moodbot.recommend.Category;
import com.moodbot.conversation.LanguagePreferences;
import com.moodbot.i18n.Language;
import com.moodbot.conversation.PersonIds;
import com.moodbot.recommend.ChannelHistories;
import com.moodbot.support.CapturedLog;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.RedisServer;
import com.moodbot.support.TestServers;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Meta's deletion callback names a person by their app-scoped id; the bot keeps what it keeps under
 * their Page-scoped id. A person with a recommendation history, a language choice, one message being
 * answered and two more waiting; then a signed request of Meta's shape, and the fake Graph API's
 * {@code ids_for_pages} mapping the one id to the other. Everything is erased, the waiting messages
 * are never answered, and the status page says what went. In memory, and with durable intake in a
 * real redis-server.
 */
class DataDeletionTest {

    private static final String SECRET = "deletion-app-secret";
    private static final String APP_SCOPED = "10154673853349851";
    private static final String PAGE_SCOPED = "7702580000000042";
    private static final JsonMapper JSON = JsonMapper.createDefault();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void inMemoryTheAppScopedIdReachesWhatIsKeptUnderThePageScopedOne() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 31, Map.of(
                     "moodbot.public-url", "https://bot.example.com"))) {
            assertErasedEverything(server, graph, 2, 0);
        }
    }

    /** With Redis the message being answered is still stored, so it counts too; its ordering line goes with it. */
    @Test
    void withDurableIntakeInRedisTheStoredEventsAndTheirOrderingLineGoToo() throws Exception {
        try (RedisServer redis = RedisServer.start();
             FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 32, Map.of(
                     "redis.uri", redis.uri(), "moodbot.public-url", "https://bot.example.com"))) {
            assertErasedEverything(server, graph, 3, 1);
            RedisClient client = RedisClient.create(redis.uri());
            try (StatefulRedisConnection<String, String> c = client.connect()) {
                assertEquals(0, c.sync().xlen("moodbot:events"));
                for (String kept : new String[] {"moodbot:order:*", "moodbot:history:*", "moodbot:lang:*", "moodbot:heard:*"}) {
                    assertEquals(List.of(), c.sync().keys(kept), kept);
                }
            } finally {
                client.shutdown();
            }
        }
    }

    /** A browser asking in a language the bot does not speak reads the install's default, as every other page. */
    @Test
    void theStatusPageFallsBackToTheDefaultLanguage() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 31, Map.of(
                     "moodbot.public-url", "https://bot.example.com", "moodbot.default-locale", "es"))) {
            HttpResponse<String> page = browse(server.getURL() + "/privacy/deletion/unknown", "fr-FR,fr;q=0.9");
            assertEquals(404, page.statusCode());
            assertTrue(page.body().contains("Código de confirmación desconocido"), page.body());
        }
    }

    @Test
    void whenTheGraphApiCannotMapTheIdNothingIsClaimedAndMetaIsAskedToRetry() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 33, Map.of(
                     "moodbot.public-url", "https://bot.example.com"))) {
            graph.pageScopedIds(APP_SCOPED, PAGE_SCOPED);
            post(server, "m_more", "MORE|sad|film");
            assertTrue(server.getApplicationContext().getBean(EventIntake.class).awaitIdle(20, TimeUnit.SECONDS));
            graph.failLookups(true);
            try (CapturedLog log = new CapturedLog(DataDeletionController.class)) {
                HttpResponse<String> refused = requestDeletion(server, APP_SCOPED);
                assertEquals(503, refused.statusCode(), "no confirmation code for an erase that did not happen");
                assertEquals(1, log.lines().size(), log.lines().toString());
                assertTrue(log.lines().get(0).contains("code 2") && log.lines().get(0).contains("fbtrace_id TRACE"),
                        log.lines().get(0));
                assertEquals(0, log.withStackTraces());
            }
            String person = server.getApplicationContext().getBean(PersonIds.class).hash(Channel.MESSENGER, PAGE_SCOPED);
            assertEquals(1, server.getApplicationContext().getBean(ChannelHistories.class).messenger()
                    .seen(person, "film:sad").size(), "nothing erased yet: Meta's retry will");

            graph.failLookups(false);
            assertEquals("erased 1 recommendation history list",
                    status(server, requestDeletion(server, APP_SCOPED)).get("status").getStringValue());
        }
    }

    private void assertErasedEverything(EmbeddedServer server, FakeGraphApi graph, int pendingEvents,
                                        int orderingLines) throws Exception {
        graph.pageScopedIds(APP_SCOPED, PAGE_SCOPED, "7702580000000099");
        EventIntake intake = server.getApplicationContext().getBean(EventIntake.class);
        post(server, "m_more", "MORE|sad|film");
        post(server, "m_lang", "LANG|es");
        assertTrue(intake.awaitIdle(20, TimeUnit.SECONDS));
        String person = server.getApplicationContext().getBean(PersonIds.class).hash(Channel.MESSENGER, PAGE_SCOPED);
        var history = server.getApplicationContext().getBean(ChannelHistories.class).messenger();
        var languages = server.getApplicationContext().getBean(LanguagePreferences.class);
        assertEquals(1, history.seen(person, "film:sad").size());
        assertTrue(languages.kept(person).chosen().isPresent());
        languages.hear(person, Language.ES);
        assertEquals(Language.ES, languages.kept(person).heard().orElseThrow());
        var kinds = server.getApplicationContext().getBean(RecentChoices.class);
        kinds.asked(person, Category.SONG);

        CountDownLatch answering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        graph.clear();
        graph.answer(call -> {
            answering.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 200;
        });
        post(server, "m_1", "HELP");
        assertTrue(answering.await(20, TimeUnit.SECONDS), "the first message is being answered");
        post(server, "m_2", "HELP");
        post(server, "m_3", "HELP");

        HttpResponse<String> deleted;
        try (CapturedLog log = new CapturedLog(DataDeletionController.class)) {
            deleted = requestDeletion(server, APP_SCOPED);
            assertEquals(200, deleted.statusCode(), deleted.body());
            assertTrue(log.lines().stream().noneMatch(l -> l.contains(APP_SCOPED) || l.contains(PAGE_SCOPED)),
                    "no raw id in the log: " + log.lines());
        } finally {
            release.countDown();
        }
        assertTrue(intake.awaitIdle(20, TimeUnit.SECONDS));
        assertEquals(List.of("mark_seen", "text"), graph.callsTo(PAGE_SCOPED).stream().map(FakeGraphApi.Call::kind).toList(),
                "the message being answered was answered; the two waiting were not");
        assertEquals(0, history.seen(person, "film:sad").size());
        assertFalse(languages.kept(person).chosen().isPresent());
        assertFalse(languages.kept(person).heard().isPresent(), "the language written in too");
        assertEquals(Optional.empty(), kinds.takeAsked(person), "and the kind last asked a mood for");
        assertEquals(List.of(), kinds.shown(person), "and the last card's buttons");

        FakeGraphApi.Call lookup = graph.lookups().get(0);
        assertEquals("/v25.0/" + APP_SCOPED + "/ids_for_pages", lookup.path());
        String appToken = TestServers.APP_ID + "|" + SECRET;
        assertEquals("Bearer " + appToken, lookup.authorization(), "the app access token, in the header");
        String proof = HexFormat.of().formatHex(new SignatureVerifier(SECRET).sign(appToken.getBytes(StandardCharsets.UTF_8)));
        assertTrue(lookup.query().contains("appsecret_proof=" + proof), lookup.query());
        assertFalse(lookup.query().contains(SECRET), "no secret in the URL");

        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("recommendation_history_lists", 1);
        counts.put("language_settings", 1);
        counts.put("pending_events", pendingEvents);
        counts.put("ordering_lines", orderingLines);
        JsonNode status = status(server, deleted);
        Map<String, Integer> shown = new LinkedHashMap<>();
        status.get("erased").entries().forEach(e -> shown.put(e.getKey(), e.getValue().getNumberValue().intValue()));
        assertEquals(counts, shown);
        String expected = "erased 1 recommendation history list, 1 language setting, " + pendingEvents
                + " messages not yet answered" + (orderingLines == 1 ? ", 1 ordering line" : "");
        assertEquals(expected, status.get("status").getStringValue());

        String url = JSON.readValue(deleted.body(), JsonNode.class).get("url").getStringValue()
                .replace("https://bot.example.com", server.getURL().toString());
        HttpResponse<String> page = browse(url, "es-ES,es;q=0.9");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<p>Borrado: 1 lista de sugerencias, 1 ajuste de idioma, "), page.body());
        HttpResponse<String> unknown = browse(server.getURL() + "/privacy/deletion/%3Cscript%3Ex", "en");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Unknown confirmation code") && !unknown.body().contains("<script>"),
                unknown.body());

        JsonNode again = status(server, requestDeletion(server, APP_SCOPED));
        assertEquals("nothing was stored for this person", again.get("status").getStringValue());
    }

    /** As a person's browser follows Facebook's link to the status URL. */
    private HttpResponse<String> browse(String url, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html,*/*;q=0.8")
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void post(EmbeddedServer server, String mid, String payload) throws Exception {
        byte[] body = Fixtures.webhook("quick-reply.json", Map.of("PSID", PAGE_SCOPED, "MID", mid, "PAYLOAD", payload));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/webhook"))
                .header("X-Hub-Signature-256", new SignatureVerifier(SECRET).header(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
    }

    /** Meta's shape: algorithm, expires (0: never), issued_at and user_id, signed with the app secret. */
    private HttpResponse<String> requestDeletion(EmbeddedServer server, String appScopedId) throws Exception {
        String signed = SignedRequest.sign("{\"algorithm\":\"HMAC-SHA256\",\"expires\":0,\"issued_at\":"
                + System.currentTimeMillis() / 1000 + ",\"user_id\":\"" + appScopedId + "\"}", SECRET);
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/privacy/deletion"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("signed_request=" + signed)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Follows the confirmation's status URL (under MOODBOT_PUBLIC_URL) on this server. */
    private JsonNode status(EmbeddedServer server, HttpResponse<String> confirmation) throws Exception {
        assertEquals(200, confirmation.statusCode(), confirmation.body());
        String url = JSON.readValue(confirmation.body(), JsonNode.class).get("url").getStringValue();
        assertTrue(url.startsWith("https://bot.example.com/privacy/deletion/"), url);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url.replace("https://bot.example.com", server.getURL().toString()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        return JSON.readValue(page.body(), JsonNode.class);
    }
}
