package com.moodbot.support;

import com.moodbot.metrics.ManagementPort;
import com.moodbot.bench.FakeGraphApi;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** The real service on a random port, wired to a fake Graph API, with a small random model. */
public final class TestServers {

    /**
     * The bot names the mood on every photo. An untrained model is never sure, so at the default
     * thresholds it would ask on every photo: tests of the card path turn asking off.
     */
    public static final Map<String, Object> NEVER_ASK = Map.of("moodbot.conversation.unsure-below", 0,
            "moodbot.conversation.ask-margin", 0);

    /** The bot asks "happy or surprised?" on every photo: no read of the test models is 100% sure. */
    public static final Map<String, Object> ALWAYS_ASK = Map.of("moodbot.conversation.unsure-below", 1);

    /** Photos come from a loopback image host ({@code FakeImageHost}); Send API retries wait 10 ms. */
    public static final Map<String, Object> LOOPBACK_PHOTOS = Map.of("moodbot.messenger.retry.base", "10ms",
            "moodbot.fetch.allowed-hosts", "127.0.0.1", "moodbot.fetch.allow-http", true,
            "moodbot.fetch.allow-private-addresses", true);

    /**
     * Redis commands may take 5 s before the intake answers from memory instead: a loaded 2-core machine can
     * stall a call to the local Redis past the service's 250 ms, and an event answered from memory comes out of
     * order. Tests of a hung Redis set the service's own timeout.
     */
    public static final Map<String, Object> PATIENT_REDIS = Map.of("moodbot.redis.command-timeout", "5s");

    /** The Messenger app's id in every test server (the deletion callback's app access token needs it). */
    public static final String APP_ID = "1000200030004";

    private TestServers() {
    }

    /** The embedded default (no Facebook credentials) on a random port, with a random model that never asks. */
    public static EmbeddedServer embeddedDefault() throws IOException {
        var model = TestModels.random(5);
        return ApplicationContext.run(EmbeddedServer.class, merged(Map.of("micronaut.server.port", -1,
                "moodbot.model.dir", model.toString()), NEVER_ASK));
    }

    /** The maps' entries, later ones over earlier ones. */
    @SafeVarargs
    public static Map<String, Object> merged(Map<String, Object>... maps) {
        Map<String, Object> all = new HashMap<>();
        for (Map<String, Object> m : maps) {
            all.putAll(m);
        }
        return all;
    }

    /** @param extra properties that add to or override the Messenger defaults (asking included: {@link #NEVER_ASK}) */
    public static EmbeddedServer messenger(String appSecret, FakeGraphApi graph, long modelSeed, Map<String, Object> extra)
            throws IOException {
        return messenger(appSecret, graph.url(), modelSeed, extra);
    }

    /** The same against any Graph API stand-in at {@code graphUrl}. */
    public static EmbeddedServer messenger(String appSecret, String graphUrl, long modelSeed, Map<String, Object> extra)
            throws IOException {
        Map<String, Object> props = new HashMap<>();
        props.put("micronaut.server.port", -1);
        props.put("moodbot.messenger.app-secret", appSecret);
        props.put("moodbot.messenger.app-id", APP_ID);
        props.put("moodbot.messenger.verify-token", "v");
        props.put("moodbot.messenger.page-access-token", "T");
        props.put("moodbot.messenger.graph-url", graphUrl);
        props.put("moodbot.model.dir", TestModels.random(modelSeed).toString());
        props.put("moodbot.warm-up.requests", 20);
        props.putAll(NEVER_ASK);
        props.putAll(PATIENT_REDIS);
        props.putAll(extra);
        return ApplicationContext.run(EmbeddedServer.class, props);
    }

    /** Where a started server answers {@code GET /prometheus}: its management port, on loopback. */
    public static URI metricsUri(EmbeddedServer server) {
        return URI.create("http://127.0.0.1:" + server.getApplicationContext().getBean(ManagementPort.class).port()
                + "/prometheus");
    }

    /** For {@code @AfterAll}: stops a {@link #messenger} server (if it started) and its fakes. */
    public static void stopMessenger(EmbeddedServer server, FakeGraphApi graph, FakeImageHost images) {
        if (server != null) {
            server.getApplicationContext().close();
        }
        graph.close();
        images.close();
    }
}
