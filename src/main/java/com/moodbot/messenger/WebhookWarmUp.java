package com.moodbot.messenger;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.Conversation;
import com.moodbot.conversation.InboundEvent;
import com.moodbot.conversation.Reply;
import com.moodbot.i18n.DefaultLanguageConfig;
import com.moodbot.i18n.Language;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Warms the text path end to end short of Facebook: signed webhook posts over loopback (Netty's
 * server and client, HMAC, the parser), and replies rendered and serialised as the Send API client
 * sends them. The posts carry no events, so nothing is dispatched and nobody is messaged.
 */
@Singleton
public class WebhookWarmUp implements WarmUpTask {

    private static final byte[] EMPTY_BATCH = "{\"object\":\"page\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TEXT_BATCH = ("{\"object\":\"page\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":["
            + "{\"sender\":{\"id\":\"warm-up\"},\"recipient\":{\"id\":\"1\"},\"timestamp\":1,"
            + "\"message\":{\"mid\":\"m_warm_up\",\"text\":\"hi\"}}]}]}").getBytes(StandardCharsets.UTF_8);
    private static final String PERSON = "warm-up";
    private final MessengerConfig messenger;
    private final Conversation conversation;
    private final JsonMapper json;
    private final WebhookParser parser;
    private final Language defaultLanguage;

    public WebhookWarmUp(MessengerConfig messenger, Conversation conversation, JsonMapper json, WebhookParser parser,
                         DefaultLanguageConfig defaults) {
        this.defaultLanguage = defaults.language();
        this.messenger = messenger;
        this.conversation = conversation;
        this.json = json;
        this.parser = parser;
    }

    @Override
    public String run(URI server, WarmUpConfig config, long deadline) throws Exception {
        List<SendRequest> replies = renderReplies(Math.max(1, config.requests() / 10));
        for (int i = 0; i < config.requests(); i++) {
            parser.parse(TEXT_BATCH);
        }
        int posts;
        int sends;
        try (HttpClient client = HttpClient.create(server.toURL())) {
            BlockingHttpClient http = client.toBlocking();
            posts = postEmptyBatches(http, config, deadline);
            sends = sendToSink(http, replies, config, deadline);
        }
        return posts + " loopback webhook posts, " + config.requests() + " event batches parsed, " + replies.size()
                + " replies rendered, " + sends + " sent to the loopback Send API sink";
    }

    private List<SendRequest> renderReplies(int rounds) throws IOException {
        List<SendRequest> requests = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            String text = i % 2 == 0 ? "help" : "hi";
            requests.add(SendRequest.action(PERSON, "mark_seen"));
            // answered in the default as if it were asked for: nothing is kept about the synthetic person
            InboundEvent.Text event = new InboundEvent.Text(Channel.MESSENGER, PERSON, "warm-up-" + i, text);
            for (Reply reply : conversation.handle(event, Optional.of(defaultLanguage))) {
                requests.add(MessengerRenderer.render(Channel.MESSENGER, PERSON, reply));
            }
        }
        for (SendRequest r : requests) {
            json.writeValueAsBytes(r);
        }
        return requests;
    }

    private int postEmptyBatches(BlockingHttpClient http, WarmUpConfig config, long deadline) throws Exception {
        String signature = messenger.configured() ? new SignatureVerifier(messenger.appSecret()).header(EMPTY_BATCH) : "";
        AtomicInteger sent = new AtomicInteger();
        WarmUpTask.inParallel(config.connections(), () -> {
            while (System.nanoTime() < deadline && sent.getAndIncrement() < config.requests()) {
                post(http, signature);
            }
        });
        return Math.min(sent.get(), config.requests());
    }

    /** The Send API requests, as the client sends them, to {@link WarmUpSink}: the client's side warms up. */
    private static int sendToSink(BlockingHttpClient http, List<SendRequest> requests, WarmUpConfig config,
                                  long deadline) throws Exception {
        AtomicInteger sent = new AtomicInteger();
        WarmUpTask.inParallel(config.connections(), () -> {
            int i;
            while (System.nanoTime() < deadline && (i = sent.getAndIncrement()) < requests.size()) {
                http.exchange(HttpRequest.POST("/warm-up/send", requests.get(i)), String.class);
            }
        });
        return Math.min(sent.get(), requests.size());
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
