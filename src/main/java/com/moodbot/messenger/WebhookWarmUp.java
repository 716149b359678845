package com.moodbot.messenger;

import com.moodbot.conversation.Conversation;
import com.moodbot.conversation.InboundEvent;
import com.moodbot.conversation.Reply;
import com.moodbot.ops.WarmUpConfig;
import com.moodbot.ops.WarmUpTask;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Warms the text path end to end short of Facebook: signed webhook posts over loopback (Netty's
 * server and client, HMAC, the parser), and replies rendered and serialised as the Send API client
 * sends them. The posts carry no events, so nothing is dispatched and nobody is messaged.
 */
@Singleton
public class WebhookWarmUp implements WarmUpTask {

    private static final byte[] EMPTY_BATCH = "{\"object\":\"page\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);
    private static final String PERSON = "warm-up";
    private final MessengerConfig messenger;
    private final Conversation conversation;
    private final JsonMapper json;

    public WebhookWarmUp(MessengerConfig messenger, Conversation conversation, JsonMapper json) {
        this.messenger = messenger;
        this.conversation = conversation;
        this.json = json;
    }

    @Override
    public String run(URI server, WarmUpConfig config, long deadline) throws Exception {
        int rendered = renderReplies(Math.max(1, config.requests() / 10));
        int posts = postEmptyBatches(server, config, deadline);
        return posts + " loopback webhook posts, " + rendered + " replies rendered";
    }

    private int renderReplies(int rounds) throws IOException {
        int count = 0;
        for (int i = 0; i < rounds; i++) {
            String text = i % 2 == 0 ? "help" : "hi";
            for (Reply reply : conversation.handle(new InboundEvent.Text(PERSON, "warm-up-" + i, text))) {
                json.writeValueAsBytes(MessengerRenderer.render(PERSON, reply));
                count++;
            }
            json.writeValueAsBytes(SendRequest.action(PERSON, "mark_seen"));
        }
        return count;
    }

    private int postEmptyBatches(URI server, WarmUpConfig config, long deadline) throws Exception {
        String signature = messenger.configured() ? new SignatureVerifier(messenger.appSecret()).header(EMPTY_BATCH) : "";
        AtomicInteger sent = new AtomicInteger();
        try (HttpClient client = HttpClient.create(server.toURL())) {
            BlockingHttpClient http = client.toBlocking();
            WarmUpTask.inParallel(config.connections(), () -> {
                while (System.nanoTime() < deadline && sent.getAndIncrement() < config.requests()) {
                    post(http, signature);
                }
            });
        }
        return Math.min(sent.get(), config.requests());
    }

    private static void post(BlockingHttpClient http, String signature) {
        try {
            http.exchange(HttpRequest.POST("/webhook", EMPTY_BATCH).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .header("X-Hub-Signature-256", signature));
        } catch (HttpClientResponseException notConfigured) {
            // 503 until the Messenger secrets are set: Netty's paths are warm all the same
        }
    }
}
