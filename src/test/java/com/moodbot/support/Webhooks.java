package com.moodbot.support;

import com.moodbot.messenger.EventDispatcher;
import com.moodbot.messenger.SignatureVerifier;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

/** Posts to a test server's /webhook as Facebook does, then waits until the service has handled what came in. */
public final class Webhooks {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Webhooks() {
    }

    /** @param signature the X-Hub-Signature-256 header, or {@code null} for none */
    public static HttpResponse<String> post(EmbeddedServer server, byte[] body, String signature) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + "/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            b.header("X-Hub-Signature-256", signature);
        }
        HttpResponse<String> response = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        server.getApplicationContext().getBean(EventDispatcher.class).awaitIdle(30, TimeUnit.SECONDS);
        return response;
    }

    /** The body signed with the app secret {@code signer} holds. */
    public static HttpResponse<String> postSigned(EmbeddedServer server, SignatureVerifier signer, byte[] body)
            throws Exception {
        return post(server, body, signer.header(body));
    }
}
