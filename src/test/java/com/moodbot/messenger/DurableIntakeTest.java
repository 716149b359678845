package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.InboundEvent;
import com.moodbot.conversation.PersonIds;
import com.moodbot.ops.ServiceState;
import com.moodbot.support.CapturedLog;
import com.moodbot.support.FakeImageHost;
import com.moodbot.support.Photos;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.RedisServer;
import com.moodbot.support.TestModels;
import com.moodbot.support.TestServers;
import io.lettuce.core.Consumer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Durable intake against a real redis-server: events an instance read and never acknowledged (it
 * died) are taken over by another after {@code claim-after}, before that person's later events,
 * without repeating the sends the dead instance recorded; an event whose every attempt crashed is
 * given up; nothing is left in Redis once everything is answered, and a stopped instance leaves the group.
 */
class DurableIntakeTest {

    private static final String SECRET = "durable-secret";
    private static final SignatureVerifier SIGNER = new SignatureVerifier(SECRET);
    private static final IntakeConfig CONFIG = new IntakeConfig(true, "moodbot:events", "moodbot",
            Duration.ofSeconds(1), 20_000, 3, Duration.ofSeconds(60), true);
    private RedisServer redisServer;
    private RedisClient client;
    private StatefulRedisConnection<String, String> connection;
    private int port;

    @BeforeEach
    void startRedis() throws Exception {
        redisServer = RedisServer.start();
        port = redisServer.port();
        client = RedisClient.create(redisServer.uri());
        connection = client.connect();
    }

    @AfterEach
    void stopRedis() {
        if (connection != null) {
            connection.close();
            client.shutdown();
        }
        redisServer.close();
    }

    @Test
    void aDeadInstancesEventsAreTakenOverFirstWithoutRepeatingWhatItSent() throws Exception {
        RedisCommands<String, String> redis = connection.sync();
        PersonIds personIds = new PersonIds(("person-id:" + SECRET).getBytes(StandardCharsets.UTF_8));
        StreamLedger ledger = new StreamLedger(connection, CONFIG, personIds);
        redis.xgroupCreate(XReadArgs.StreamOffset.from(CONFIG.stream(), "0"), CONFIG.group(),
                XGroupCreateArgs.Builder.mkstream());
        // An instance that stored three events, read them, sent the first reply of one, and died.
        assertEquals(3L, ledger.append(List.of(new InboundEvent.Choice(Channel.MESSENGER, "k1", "m_orphan", "HELP"),
                new InboundEvent.Choice(Channel.MESSENGER, "k2", "m_poison", "HELP"),
                new InboundEvent.Choice(Channel.MESSENGER, "k3", "m_fresh", "HELP"))).toCompletableFuture().get());
        var dead = redis.xreadgroup(Consumer.from(CONFIG.group(), "dead"), XReadArgs.Builder.count(10),
                XReadArgs.StreamOffset.lastConsumed(CONFIG.stream()));
        assertEquals(3, dead.size());
        assertEquals(Delivery.Start.ANSWER, ledger.start(dead.get(0).getId(), event(dead.get(0)), false).start());
        ledger.sent(dead.get(0).getId(), SentSoFar.NOTHING.request());
        for (int crash = 0; crash < 3; crash++) {
            ledger.start(dead.get(1).getId(), event(dead.get(1)), false);
        }
        assertEquals(0L, ledger.leave("dead", Duration.ZERO), "a consumer with entries pending stays, and so do they");
        assertEquals(3L, redis.xpending(CONFIG.stream(), CONFIG.group()).getCount());

        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 15, Map.of(
                     "redis.uri", "redis://127.0.0.1:" + port, "moodbot.intake.claim-after", "1s"))) {
            assertEquals(200, post(server, "k1", "m_later", "MORE|sad|film").statusCode());
            assertTrue(server.getApplicationContext().getBean(EventIntake.class).awaitIdle(20, TimeUnit.SECONDS));

            assertEquals(List.of("text", "mark_seen", "card"), kinds(graph, "k1"),
                    "the dead instance's event first, without its mark_seen sent before it died; then the later one");
            assertEquals(List.of(), kinds(graph, "k2"), "crashed three times: given up");
            assertEquals(List.of("mark_seen", "text"), kinds(graph, "k3"), "read and never started: answered whole");
            assertEquals(0L, redis.xlen(CONFIG.stream()));
            assertEquals(List.of(), redis.keys("moodbot:order:*"), "every person's line is empty");
            assertEquals(List.of(), redis.keys("moodbot:entry:*"), "attempt and send records removed");
            assertEquals(0L, redis.xpending(CONFIG.stream(), CONFIG.group()).getCount(), "nothing unacknowledged");
        }
        assertEquals(List.of("dead"), consumers(redis), "the stopped instance left the group; the dead one is idle");
        assertEquals(1L, ledger.leave("", Duration.ZERO), "a consumer idle past the limit with nothing pending goes");
        assertEquals(List.of(), consumers(redis));
    }

    @Test
    void aTakenOverPhotoMessageGoesOnFromThePhotoTheDeadInstanceHadNotAnswered() throws Exception {
        StreamLedger ledger = new StreamLedger(connection, CONFIG,
                new PersonIds(("person-id:" + SECRET).getBytes(StandardCharsets.UTF_8)));
        connection.sync().xgroupCreate(XReadArgs.StreamOffset.from(CONFIG.stream(), "0"), CONFIG.group(),
                XGroupCreateArgs.Builder.mkstream());
        byte[] wall = Photos.jpeg(Photos.canvas(800, 600, List.of(), new int[0][]));
        AtomicInteger firstServed = new AtomicInteger();
        try (FakeImageHost images = new FakeImageHost()) {
            String first = images.handle("/first.jpg", exchange -> {
                firstServed.incrementAndGet();
                exchange.sendResponseHeaders(200, wall.length);
                exchange.getResponseBody().write(wall);
                exchange.close();
            });
            InboundEvent photos = new InboundEvent.Photo(Channel.MESSENGER, "d1", "m_two",
                    List.of(first, images.put("/second.jpg", wall)));
            ledger.append(List.of(photos)).toCompletableFuture().get();
            var dead = connection.sync().xreadgroup(Consumer.from(CONFIG.group(), "dead"), XReadArgs.Builder.count(1),
                    XReadArgs.StreamOffset.lastConsumed(CONFIG.stream()));
            assertEquals(Delivery.Start.ANSWER, ledger.start(dead.get(0).getId(), photos, false).start());
            // it sent mark_seen, typing_on, the first photo's answer and typing_on again, and died reading the second
            ledger.sent(dead.get(0).getId(), new SentSoFar(4, 1, 4));

            try (FakeGraphApi graph = new FakeGraphApi();
                 EmbeddedServer server = TestServers.messenger(SECRET, graph, 15, TestServers.merged(
                         TestServers.LOOPBACK_PHOTOS, Map.of("redis.uri", "redis://127.0.0.1:" + port,
                                 "moodbot.intake.claim-after", "1s")))) {
                assertTrue(graph.await(call -> "d1".equals(call.recipient()), 1, Duration.ofSeconds(20)));
                assertTrue(server.getApplicationContext().getBean(EventIntake.class).awaitIdle(20, TimeUnit.SECONDS));
                assertEquals(List.of("text"), kinds(graph, "d1"), "the second photo's answer alone");
                assertTrue(graph.callsTo("d1").get(0).text().startsWith("Photo 2:\nI couldn't find a face"),
                        graph.callsTo("d1").get(0).text());
                assertEquals(0, firstServed.get(), "the photo answered before is not downloaded again");
            }
        }
    }

    /** The group's consumers by name (XINFO CONSUMERS answers each as a flat list of names and values). */
    private static List<Object> consumers(RedisCommands<String, String> redis) {
        return redis.xinfoConsumers(CONFIG.stream(), CONFIG.group()).stream()
                .map(c -> ((List<?>) c).get(((List<?>) c).indexOf("name") + 1)).map(Object.class::cast).toList();
    }

    @Test
    void aRedeliveredMessageIdIsAnsweredOnceAndTheStreamEmpties() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 16,
                     Map.of("redis.uri", "redis://127.0.0.1:" + port))) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, post(server, "r1", "m_same", "HELP").statusCode());
            }
            assertTrue(server.getApplicationContext().getBean(EventIntake.class).awaitIdle(20, TimeUnit.SECONDS));
            assertEquals(List.of("mark_seen", "text"), kinds(graph, "r1"));
            assertEquals(0L, connection.sync().xlen(CONFIG.stream()));
        }
    }

    @Test
    void anInstanceWithoutMessengerSecretsLeavesTheSharedStreamToThoseThatCanAnswer() throws Exception {
        var model = TestModels.random(17);
        try (EmbeddedServer unconfigured = ApplicationContext.run(EmbeddedServer.class, TestServers.merged(Map.of(
                     "micronaut.server.port", -1, "moodbot.model.dir", model.toString(), "moodbot.warm-up.enabled", false,
                     "redis.uri", "redis://127.0.0.1:" + port), TestServers.NEVER_ASK));
             FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 16, Map.of("redis.uri", "redis://127.0.0.1:" + port))) {
            assertEquals(ServiceState.Phase.READY, unconfigured.getApplicationContext().getBean(ServiceState.class).phase());
            for (int i = 0; i < 6; i++) {
                assertEquals(200, post(server, "u" + i, "m_u" + i, "HELP").statusCode());
            }
            assertTrue(server.getApplicationContext().getBean(EventIntake.class).awaitIdle(20, TimeUnit.SECONDS));
            for (int i = 0; i < 6; i++) {
                assertEquals(List.of("mark_seen", "text"), kinds(graph, "u" + i), "every event answered by the instance that can");
            }
            assertEquals(1, connection.sync().xinfoConsumers(CONFIG.stream(), CONFIG.group()).size(),
                    "only the configured instance reads the stream");
        }
    }

    @Test
    void anInstagramEntryKeepsItsChannelAndAMessengerEntryIsWrittenAsBefore() throws Exception {
        StreamLedger ledger = new StreamLedger(connection, CONFIG,
                new PersonIds(("person-id:" + SECRET).getBytes(StandardCharsets.UTF_8)));
        InboundEvent messenger = new InboundEvent.Choice(Channel.MESSENGER, "77", "m_77", "HELP");
        InboundEvent instagram = new InboundEvent.Choice(Channel.INSTAGRAM, "77", "m_77", "HELP");
        assertEquals(2L, ledger.append(List.of(messenger, instagram)).toCompletableFuture().get());
        var entries = connection.sync().xrange(CONFIG.stream(), io.lettuce.core.Range.create("-", "+"));
        assertEquals(null, entries.get(0).getBody().get(StreamEvents.CHANNEL), "what older instances read");
        assertEquals(List.of(messenger, instagram), entries.stream().map(DurableIntakeTest::event).toList());
        assertEquals(2, connection.sync().keys("moodbot:order:*").size(), "a line per person and channel");
    }

    @Test
    void instagramEventsAreAnsweredThroughTheStreamAndDedupedApartFromMessengers() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 17,
                     Map.of("redis.uri", "redis://127.0.0.1:" + port))) {
            byte[] instagram = Fixtures.webhook("instagram-quick-reply.json", Map.of("IGSID", "r7", "MID", "m_same",
                    "PAYLOAD", "HELP"));
            assertEquals(200, post(server, instagram).statusCode());
            assertEquals(200, post(server, instagram).statusCode());
            assertEquals(200, post(server, "r7", "m_same", "HELP").statusCode());
            assertTrue(server.getApplicationContext().getBean(EventIntake.class).awaitIdle(20, TimeUnit.SECONDS));
            assertEquals(4, kinds(graph, "r7").size(), "Instagram's answered once, Messenger's same number and id too");
            assertEquals(2L, kinds(graph, "r7").stream().filter("text"::equals).count());
            assertEquals(0L, connection.sync().xlen(CONFIG.stream()));
            assertEquals(List.of(), connection.sync().keys("moodbot:order:*"));
        }
    }

    @Test
    void afterRedisLosesItsDataTheGroupIsMadeAgainAndTheNextEventsAreAnswered() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 18,
                     Map.of("redis.uri", "redis://127.0.0.1:" + port));
             CapturedLog log = new CapturedLog(StreamConsumer.class)) {
            EventIntake intake = server.getApplicationContext().getBean(EventIntake.class);
            assertEquals(200, post(server, "f1", "m_before", "HELP").statusCode());
            assertTrue(intake.awaitIdle(20, TimeUnit.SECONDS));
            assertEquals(List.of("mark_seen", "text"), kinds(graph, "f1"));

            connection.sync().flushall(); // a restart without persistence, or a failover to an empty replica

            assertEquals(200, post(server, "f2", "m_after_1", "HELP").statusCode());
            assertEquals(200, post(server, "f3", "m_after_2", "HELP").statusCode());
            assertTrue(intake.awaitIdle(20, TimeUnit.SECONDS), "the events stored after the flush were answered");
            assertEquals(List.of("mark_seen", "text"), kinds(graph, "f2"));
            assertEquals(List.of("mark_seen", "text"), kinds(graph, "f3"));
            assertEquals(0L, connection.sync().xlen(CONFIG.stream()));
            assertEquals(1.0, server.getApplicationContext().getBean(MeterRegistry.class)
                    .counter("moodbot.intake.group.recreated").count(), "counted once");
            List<String> recreated = log.lines().stream().filter(l -> l.contains("consumer group")).toList();
            assertEquals(1, recreated.size(), "one line says so: " + log.lines());
            assertEquals(0, log.withStackTraces());
        }
    }

    @Test
    void theWarmUpRunsTheStreamScriptsOnAScratchStreamAndLeavesNothingBehind() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 17, Map.of(
                     "redis.uri", "redis://127.0.0.1:" + port, "moodbot.warm-up.requests", 300))) {
            RedisCommands<String, String> redis = connection.sync();
            java.util.regex.Matcher evals = java.util.regex.Pattern.compile("cmdstat_eval:calls=(\\d+)")
                    .matcher(redis.info("commandstats"));
            assertTrue(evals.find() && Long.parseLong(evals.group(1)) >= 200,
                    "10 rounds of 10 events ran the append, start and finish scripts");
            assertEquals(List.of(), redis.keys("moodbot:warm-up:*"), "the scratch stream is deleted");
            assertEquals(List.of(), redis.keys("moodbot:mid:warm-up-*"));
            assertEquals(List.of(), redis.keys("moodbot:order:*"));
            assertEquals(List.of(), redis.keys("moodbot:entry:*"));
            assertEquals(0L, redis.xlen(CONFIG.stream()), "the real stream is untouched");
            assertEquals(List.of(), graph.calls(), "nobody is messaged");
        }
    }

    private static InboundEvent event(io.lettuce.core.StreamMessage<String, String> m) {
        return StreamEvents.event(m.getBody());
    }

    private static HttpResponse<String> post(EmbeddedServer server, String psid, String mid, String payload)
            throws Exception {
        return post(server, Fixtures.webhook("quick-reply.json", Map.of("PSID", psid, "MID", mid, "PAYLOAD", payload)));
    }

    private static HttpResponse<String> post(EmbeddedServer server, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + "/webhook"))
                .header("X-Hub-Signature-256", SIGNER.header(body)).timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> kinds(FakeGraphApi graph, String psid) {
        return graph.callsTo(psid).stream().map(FakeGraphApi.Call::kind).toList();
    }
}
