package com.moodbot.bench;

import com.moodbot.messenger.SignatureVerifier;
import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * One decoding bomb against a fresh {@code serve}: every Messenger photo slot (webhook photos fetched
 * from a loopback image host) and every web slot ({@code /api/analyze}) busy on it at once, for a few
 * rounds. Reports idle and peak RSS, what came of the photos and the slowest decode.
 */
final class BombRun {

    private static final String SECRET = "bench-memory-secret";
    private static final SignatureVerifier SIGNER = new SignatureVerifier(SECRET);

    /** What one bomb cost. */
    record Result(String bomb, int bytes, long idleKib, long peakKib, Map<String, Double> photos, double slowestDecodeS,
                  long slowestAnswerMs, int webOk, int web) {

        String line(int photoSlots, int webSlots) {
            return String.format(Locale.ROOT, "%-28s %7d KiB  idle %4d MiB  peak %5d MiB  (+%4d MiB over %d+%d slots)  "
                            + "slowest decode %.2f s, slowest answer %d ms  results %s", bomb, bytes / 1024, idleKib / 1024,
                    peakKib / 1024, (peakKib - idleKib) / 1024, photoSlots, webSlots, slowestDecodeS, slowestAnswerMs,
                    photos);
        }
    }

    private BombRun() {
    }

    static Result run(DecodingBombs.Bomb bomb, List<String> jvm, Path model, int photoSlots, int webSlots, int rounds)
            throws Exception {
        byte[] photo = bomb.bytes().get();
        int management = Ports.free();
        HttpServer images = LoopbackServer.create();
        images.createContext("/bomb", exchange -> {
            try (exchange) {
                exchange.sendResponseHeaders(200, photo.length);
                exchange.getResponseBody().write(photo);
            }
        });
        images.start();
        String url = "http://127.0.0.1:" + images.getAddress().getPort() + "/bomb";
        try (FakeGraphApi graph = new FakeGraphApi(0)) {
            Map<String, String> env = ServiceProcess.messengerEnv(SECRET, graph.url());
            env.putAll(ServiceProcess.busySlotsEnv(photoSlots, webSlots));
            env.putAll(Map.of("MOODBOT_MANAGEMENT_PORT", Integer.toString(management),
                    "MOODBOT_FETCH_ALLOWED_HOSTS", "127.0.0.1", "MOODBOT_FETCH_ALLOW_HTTP", "true",
                    "MOODBOT_FETCH_ALLOW_PRIVATE_ADDRESSES", "true", "MOODBOT_MODEL_DIR", model.toString()));
            try (ServiceProcess service = ServiceProcess.start(jvm, env, Duration.ofMinutes(3))) {
                long pid = service.handle().pid();
                RssSampler rss = RssSampler.start(pid);
                long idle = rss.idle();
                HttpClient http = HttpClient.newHttpClient();
                int webOk = 0;
                long slowest = 0;
                for (int r = 0; r < rounds; r++) {
                    long start = System.nanoTime();
                    List<String> people = new ArrayList<>();
                    for (int s = 0; s < photoSlots; s++) {
                        String person = "bomb-" + r + "-" + s;
                        people.add(person);
                        http.send(webhookPhoto(service, person, url), HttpResponse.BodyHandlers.discarding());
                    }
                    List<CompletableFuture<HttpResponse<String>>> uploads = new ArrayList<>();
                    for (int s = 0; s < webSlots; s++) {
                        uploads.add(http.sendAsync(PhotoUpload.request(service.uri("/api/analyze"), photo).build(),
                                HttpResponse.BodyHandlers.ofString()));
                    }
                    for (CompletableFuture<HttpResponse<String>> upload : uploads) {
                        int status = upload.get().statusCode();
                        webOk += status == 200 || status == 422 ? 1 : 0;
                    }
                    long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                    while (people.stream().anyMatch(p -> graph.messagesTo(p) == 0) && System.nanoTime() < end) {
                        ProcStatus.pause(20);
                    }
                    slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
                }
                long peak = rss.stopAndPeak();
                String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management + "/prometheus"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
                return new Result(bomb.name(), photo.length, idle, peak, photoResults(metrics),
                        sample(metrics, "moodbot_stage_duration_seconds_max{stage=\"decode\"}"), slowest, webOk,
                        rounds * webSlots);
            }
        } finally {
            images.stop(0);
        }
    }

    private static HttpRequest webhookPhoto(ServiceProcess service, String person, String url) {
        byte[] body = ("{\"object\":\"page\",\"entry\":[{\"id\":\"P\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\""
                + person + "\"},\"recipient\":{\"id\":\"P\"},\"timestamp\":1,\"message\":{\"mid\":\"mid-" + person
                + "\",\"attachments\":[{\"type\":\"image\",\"payload\":{\"url\":\"" + url + "\"}}]}}]}]}")
                .getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(service.uri("/webhook")).header("X-Hub-Signature-256", SIGNER.header(body))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** {@code moodbot_photos_total} by result: Messenger's photos and the uploads together. */
    private static Map<String, Double> photoResults(String metrics) {
        Map<String, Double> results = new TreeMap<>();
        metrics.lines().filter(l -> l.startsWith("moodbot_photos_total{")).forEach(l -> results.put(
                l.substring(l.indexOf("result=\"") + 8, l.indexOf('"', l.indexOf("result=\"") + 8)),
                Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))));
        return results;
    }

    private static double sample(String metrics, String series) {
        return metrics.lines().filter(l -> l.startsWith(series + " ")).mapToDouble(l -> Double.parseDouble(
                l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(Double.NaN);
    }
}
