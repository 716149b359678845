package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.PersonIds;
import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.Category;
import com.moodbot.recommend.ChannelHistories;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.RedisServer;
import com.moodbot.support.TestServers;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances behind one (imaginary) load balancer, sharing a real redis-server (Debian's package,
 * which .ci/run installs): they deduplicate and remember recommendations as one.
 */
class RedisScaleOutTest {

    static final String SECRET = "scale-secret";
    static final SignatureVerifier SIGNER = new SignatureVerifier(SECRET);
    static RedisServer redis;
    static FakeGraphApi graph;
    static EmbeddedServer a;
    static EmbeddedServer b;

    @BeforeAll
    static void start() throws Exception {
        redis = RedisServer.start();
        graph = new FakeGraphApi();
        a = instance(redis.port());
        b = instance(redis.port());
    }

    static EmbeddedServer instance(int redisPort) throws IOException {
        return TestServers.messenger(SECRET, graph, 12, Map.of("redis.uri", "redis://127.0.0.1:" + redisPort));
    }

    @AfterAll
    static void stop() {
        for (EmbeddedServer s : new EmbeddedServer[] {a, b}) {
            if (s != null) {
                s.getApplicationContext().close();
            }
        }
        if (graph != null) {
            graph.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    static void post(EmbeddedServer server, byte[] body) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + "/webhook"))
                .header("X-Hub-Signature-256", SIGNER.header(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        server.getApplicationContext().getBean(EventIntake.class).awaitIdle(20, TimeUnit.SECONDS);
    }

    @Test
    void aRedeliveryToTheOtherInstanceGetsNoSecondReply() throws Exception {
        byte[] body = Fixtures.webhook("quick-reply.json", Map.of("PSID", "r1", "MID", "m_shared", "PAYLOAD", "HELP"));
        post(a, body);
        post(b, body);
        assertEquals(List.of("mark_seen", "text"), graph.callsTo("r1").stream().map(FakeGraphApi.Call::kind).toList());
    }

    @Test
    void recommendationsDoNotRepeatAcrossInstancesAndDeletionErasesThem() throws Exception {
        int films = a.getApplicationContext().getBean(CatalogService.class).current()
                .candidates(Category.FILM, List.of(Emotion.SAD)).size();
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < films; i++) {
            post(i % 2 == 0 ? a : b, Fixtures.webhook("quick-reply.json", Map.of("PSID", "r2", "MID", "m_more_" + i,
                    "PAYLOAD", "MORE|sad|film")));
        }
        graph.callsTo("r2").stream().filter(c -> c.kind().equals("card"))
                .forEach(c -> titles.add(c.element().get("title").getStringValue()));
        assertEquals(films, titles.size(), "every sad film exactly once, whichever instance answered");

        var history = b.getApplicationContext().getBean(ChannelHistories.class).messenger();
        String person = b.getApplicationContext().getBean(PersonIds.class).hash(Channel.MESSENGER, "r2");
        assertEquals(films, history.seen(person, "film:sad").size());
        a.getApplicationContext().getBean(ChannelHistories.class).messenger().erase(person);
        assertEquals(0, history.seen(person, "film:sad").size());
    }

    @Test
    void readinessIncludesRedis() throws Exception {
        assertTrue(a.getApplicationContext().getBeansOfType(HealthIndicator.class).stream()
                .anyMatch(h -> h.getClass().getSimpleName().equals("RedisReadiness")), "Redis is a readiness check");
        HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(a.getURL() + "/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
    }
}
