package com.moodbot.support;

import com.moodbot.bench.FakeGraphApi;
import com.moodbot.messenger.SignatureVerifier;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The service for a whole test class ({@link TestServers#messenger}), its fake Graph API (cleared
 * before each test) and a loopback image host:
 * Nested classes share the outer class's server.
 * {@code @RegisterExtension static final MessengerServer BOT = new MessengerServer(properties);}.
 */
public final class MessengerServer implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    public static final String SECRET = "test-app-secret";
    public static final SignatureVerifier SIGNER = new SignatureVerifier(SECRET);

    private final Map<String, Object> properties;
    private FakeGraphApi graph;
    private FakeImageHost images;
    private EmbeddedServer server;
    private Class<?> owner;

    /** {@code properties} over {@link TestServers#messenger}'s, with model seed 11. */
    public MessengerServer(Map<String, Object> properties) {
        this.properties = properties;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (owner != null) {
            return;
        }
        owner = context.getRequiredTestClass();
        graph = new FakeGraphApi();
        images = new FakeImageHost();
        server = TestServers.messenger(SECRET, graph, 11, properties);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        graph.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getRequiredTestClass() == owner) {
            owner = null;
            TestServers.stopMessenger(server, graph, images);
        }
    }

    /** Posts {@code body} to the webhook, signed with the app secret. */
    public HttpResponse<String> postSigned(byte[] body) throws Exception {
        return Webhooks.postSigned(server, SIGNER, body);
    }

    public FakeGraphApi graph() {
        return graph;
    }

    public FakeImageHost images() {
        return images;
    }

    public EmbeddedServer server() {
        return server;
    }
}
