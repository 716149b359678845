package com.moodbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.WholeStderr;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's commands as a newcomer types them in a checkout ({@code ./moodbot ...} after
 * {@code mvn package}): with the real JVM and PyTorch, stderr holds none of PyTorch's two known
 * notices (NNPACK's "Unsupported hardware", printed per small convolution on CPUs NNPACK does not
 * know, and the AutoNonVariableTypeMode deprecation), while the product's own lines still show.
 */
class CheckoutLauncherIT {

    @TempDir
    static Path dir;
    private static Path photo;

    @BeforeAll
    static void photo() throws IOException {
        Required.fer2013("for the fixture photo");
        photo = Files.write(dir.resolve("selfie.jpg"), Photos.jpeg(Photos.canvas(640, 480,
                List.of(Photos.detectableFaces().get(2)), new int[][] {{170, 90, 300}})));
    }

    @Test
    void predictPrintsOnlyTheProductsOwnLines() throws Exception {
        Run predict = run(launcher("predict", "--json", photo.toString()));
        assertEquals(0, predict.code, predict.err);
        assertTrue(predict.out.contains("\"faces\""), predict.out);
        assertNoTorchNotices(predict.err);

        Run missing = run(launcher("predict", dir.resolve("no-such.jpg").toString()));
        assertTrue(missing.err.contains("no-such.jpg"), "the product's own error line passes through: " + missing.err);
    }

    @Test
    void serveAnswersAPhotoWithoutTorchNotices() throws Exception {
        int port = com.moodbot.bench.Ports.free();
        ProcessBuilder builder = new ProcessBuilder(launcher("serve"));
        builder.environment().put("MOODBOT_PORT", String.valueOf(port));
        builder.environment().put("MOODBOT_MANAGEMENT_PORT", "0");
        builder.environment().put("MOODBOT_WARM_UP_ENABLED", "false");
        builder.environment().remove("MOODBOT_ADMIN_TOKEN");
        builder.redirectErrorStream(true);
        Process serve = builder.start();
        StringBuffer log = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8))) {
                lines.lines().forEach(line -> log.append(line).append('\n'));
            } catch (IOException | java.io.UncheckedIOException closed) {
                // the stream ends with the process
            }
        });
        reader.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String boundary = "b0undary";
            byte[] body = multipart(boundary, Files.readAllBytes(photo));
            HttpRequest analyze = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/analyze"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).timeout(Duration.ofSeconds(60)).build();
            HttpResponse<String> answer = null;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (answer == null && System.nanoTime() < deadline && serve.isAlive()) {
                try {
                    answer = http.send(analyze, HttpResponse.BodyHandlers.ofString());
                } catch (IOException notYetListening) {
                    Thread.sleep(500);
                }
            }
            assertTrue(answer != null, "serve answered; its output: " + log);
            assertEquals(200, answer.statusCode(), answer.body());
        } finally {
            serve.destroy();
            serve.waitFor(60, TimeUnit.SECONDS);
        }
        reader.join(TimeUnit.MINUTES.toMillis(1));
        assertTrue(log.toString().contains("Face detector: YuNet"), log.toString());
        assertTrue(log.toString().contains("Admin pages off (they answer 404): set MOODBOT_ADMIN_TOKEN"), log.toString());
        assertNoTorchNotices(log.toString());
    }

    private static void assertNoTorchNotices(String text) {
        assertFalse(text.contains("NNPACK"), text);
        assertFalse(text.contains("AutoNonVariableTypeMode"), text);
    }

    private static List<String> launcher(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of("moodbot").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static byte[] multipart(String boundary, byte[] jpeg) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"selfie.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + jpeg.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(jpeg, 0, body, head.length, jpeg.length);
        System.arraycopy(tail, 0, body, head.length + jpeg.length, tail.length);
        return body;
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(WholeStderr.of(command)).start();
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "finished: " + command);
        return new Run(process.exitValue(), out.get(1, TimeUnit.MINUTES), err.get(1, TimeUnit.MINUTES));
    }
}
