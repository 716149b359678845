package com.moodbot.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The embedded default ({@link TestServers#embeddedDefault()}) for a whole test class, with a client on
 * it: {@code @RegisterExtension static final EmbeddedDefaultServer SERVER = new EmbeddedDefaultServer();}.
 */
public final class EmbeddedDefaultServer implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedServer server;
    private HttpClient client;
    private Class<?> owner;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (owner != null) {
            return;
        }
        owner = context.getRequiredTestClass();
        server = TestServers.embeddedDefault();
        client = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getRequiredTestClass() != owner) {
            return;
        }
        owner = null;
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    public java.net.URL url() {
        return server.getURL();
    }

    public HttpClient client() {
        return client;
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }
}
