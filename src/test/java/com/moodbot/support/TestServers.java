package com.moodbot.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/** The real service on a random port, wired to a fake Graph API, with a small random model. */
public final class TestServers {

    private TestServers() {
    }

    /** @param extra properties that add to or override the Messenger defaults */
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
        props.put("moodbot.messenger.verify-token", "v");
        props.put("moodbot.messenger.page-access-token", "T");
        props.put("moodbot.messenger.graph-url", graphUrl);
        props.put("moodbot.model.dir", TestModels.writeRandom(Files.createTempDirectory("moodbot-model"), modelSeed).toString());
        props.put("moodbot.warm-up.requests", 20);
        props.putAll(extra);
        return ApplicationContext.run(EmbeddedServer.class, props);
    }
}
