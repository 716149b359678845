package com.moodbot.bench;

import com.moodbot.messenger.EventDispatcher;
import com.moodbot.messenger.SignatureVerifier;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Webhook load over loopback: signed text-message posts at a fixed rate against the real service,
 * with a recording stand-in for the Graph API. Reports acks/s, ack latency p50/p99, and replies lost
 * or duplicated (each message must get exactly mark_seen + one text).
 */
@Command(name = "webhook", mixinStandardHelpOptions = true,
        description = "Webhook acks under load: acks/s, p50/p99 ack latency, lost and duplicated replies.")
public final class WebhookBench implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--rate", defaultValue = "500", description = "posts per second (default ${DEFAULT-VALUE})")
    int rate;

    @Option(names = "--posts", defaultValue = "10000")
    int posts;

    @Option(names = "--people", defaultValue = "200", description = "distinct senders")
    int people;

    @Option(names = "--model", defaultValue = "models")
    Path model;

    @Override
    public Integer call() throws Exception {
        Map<String, AtomicInteger> replies = new ConcurrentHashMap<>();
        HttpServer graph = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        graph.createContext("/", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            replies.computeIfAbsent(body.contains("sender_action") ? "seen" : "text", k -> new AtomicInteger()).incrementAndGet();
            byte[] ok = "{\"recipient_id\":\"1\",\"message_id\":\"m\"}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, ok.length);
            ex.getResponseBody().write(ok);
            ex.close();
        });
        graph.setExecutor(Executors.newFixedThreadPool(4));
        graph.start();
        String secret = "bench-secret";
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "moodbot.messenger.app-secret", secret,
                "moodbot.messenger.verify-token", "v",
                "moodbot.messenger.page-access-token", "T",
                "moodbot.messenger.graph-url", "http://127.0.0.1:" + graph.getAddress().getPort(),
                "moodbot.model.dir", model.toString(),
                "moodbot.dispatch.queue-capacity", posts))) {
            SignatureVerifier signer = new SignatureVerifier(secret);
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
            URI uri = URI.create(server.getURL() + "/webhook");
            warmUp(http, uri, signer);
            replies.clear();
            Latencies ack = new Latencies(posts);
            AtomicInteger failed = new AtomicInteger();
            CompletableFuture<?>[] all = new CompletableFuture<?>[posts];
            long interval = 1_000_000_000L / rate;
            long start = System.nanoTime();
            for (int i = 0; i < posts; i++) {
                LockSupport.parkNanos(start + i * interval - System.nanoTime());
                byte[] body = ("{\"object\":\"page\",\"entry\":[{\"id\":\"P\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\"u"
                        + (i % people) + "\"},\"recipient\":{\"id\":\"P\"},\"timestamp\":1,\"message\":{\"mid\":\"bench_" + i
                        + "\",\"text\":\"hi\"}}]}]}").getBytes(StandardCharsets.UTF_8);
                long t0 = System.nanoTime();
                all[i] = http.sendAsync(HttpRequest.newBuilder(uri).header("X-Hub-Signature-256", signer.header(body))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding())
                        .whenComplete((r, e) -> {
                            synchronized (ack) {
                                ack.add(System.nanoTime() - t0);
                            }
                            if (e != null || r.statusCode() != 200) {
                                failed.incrementAndGet();
                            }
                        });
            }
            CompletableFuture.allOf(all).exceptionally(e -> null).join();
            double seconds = (System.nanoTime() - start) / 1e9;
            server.getApplicationContext().getBean(EventDispatcher.class).awaitIdle(5, TimeUnit.MINUTES);
            int texts = replies.getOrDefault("text", new AtomicInteger()).get();
            int seen = replies.getOrDefault("seen", new AtomicInteger()).get();
            System.out.printf(java.util.Locale.ROOT, "%d posts at %d/s target: %.0f acks/s, ack %s, %d failed; "
                    + "replies: %d lost, %d duplicated (mark_seen %d, text %d)%n", posts, rate, posts / seconds, ack.summary(),
                    failed.get(), Math.max(0, posts - texts), Math.max(0, texts - posts), seen, texts);
        } finally {
            graph.stop(0);
        }
        return 0;
    }

    private static void warmUp(HttpClient http, URI uri, SignatureVerifier signer) throws Exception {
        for (int i = 0; i < 500; i++) {
            byte[] body = ("{\"object\":\"page\",\"entry\":[]}").getBytes(StandardCharsets.UTF_8);
            http.send(HttpRequest.newBuilder(uri).header("X-Hub-Signature-256", signer.header(body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
        }
    }
}
