package com.moodbot.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code moodbot serve} in its own JVM, as it runs in production, so that a bench measures the
 * service's CPU apart from its own. Output goes to a log file whose last lines a failure quotes.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Set<Path> LOGS_GONE_AT_EXIT = logsGoneAtExit();
    private final Process process;
    private final Path log;
    private final int port;
    private final long started;
    private Duration readyAfter;

    private ServiceProcess(Process process, Path log, int port, long started) {
        this.started = started;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static ServiceProcess start(List<String> jvmOptions, Map<String, String> env, Duration readyWithin)
            throws IOException, InterruptedException {
        int port = Ports.free();
        Path log = newLog();
        ProcessBuilder builder = serve(jvmOptions, env, port, log);
        long started = System.nanoTime();
        ServiceProcess service = new ServiceProcess(builder.start(), log, port, started);
        service.awaitReady(readyWithin);
        return service;
    }

    /** How a {@code serve} that stopped by itself ended: its exit status and everything it wrote. */
    record Exited(int status, List<String> output) {
    }

    /**
     * Starts {@code serve} expecting it to refuse its configuration and exit.
     *
     * @throws IOException when it is still running after {@code within} (it is stopped then)
     */
    static Exited startExpectingExit(List<String> jvmOptions, Map<String, String> env, Duration within)
            throws IOException, InterruptedException {
        Path log = newLog();
        Process process = serve(jvmOptions, env, Ports.free(), log).start();
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroy();
            process.waitFor();
            throw new IOException("the service was still running after " + within + lastLines(log));
        }
        return new Exited(process.exitValue(), Files.readAllLines(log));
    }

    /** Kept while this JVM runs (a bench prints where, to follow it), gone when it exits unless {@link #keepLog}. */
    private static Path newLog() throws IOException {
        Path log = Files.createTempFile("moodbot-bench-service", ".log");
        LOGS_GONE_AT_EXIT.add(log);
        return log;
    }

    private static Set<Path> logsGoneAtExit() {
        Set<Path> logs = ConcurrentHashMap.newKeySet();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> logs.forEach(log -> log.toFile().delete()),
                "moodbot-bench-logs"));
        return logs;
    }

    /** Keeps this service's log after the JVM exits (a bench that failed says where it is): its path. */
    Path keepLog() {
        LOGS_GONE_AT_EXIT.remove(log);
        return log;
    }

    /** The end of {@code log}, for a failure's message: the file goes when this JVM exits. */
    private static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            List<String> last = lines.subList(Math.max(0, lines.size() - 20), lines.size());
            return "; its last lines:\n" + String.join("\n", last);
        } catch (IOException e) {
            return "; its log " + log + " could not be read: " + e.getMessage();
        }
    }

    /** {@code serve} in a JVM of this class path, on {@code port}, everything it writes going to {@code log}. */
    private static ProcessBuilder serve(List<String> jvmOptions, Map<String, String> env, int port, Path log) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "com.moodbot.Application", "serve"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("MOODBOT_PORT", Integer.toString(port));
        builder.environment().putIfAbsent("MOODBOT_MANAGEMENT_PORT", "0");
        return builder;
    }

    /** What {@code serve} needs to answer Messenger through {@code graphUrl} (a stand-in), as a mutable map. */
    static Map<String, String> messengerEnv(String appSecret, String graphUrl) {
        return new HashMap<>(Map.of("MOODBOT_MESSENGER_APP_SECRET", appSecret,
                "MOODBOT_MESSENGER_VERIFY_TOKEN", "v", "MOODBOT_MESSENGER_PAGE_ACCESS_TOKEN", "T",
                "MOODBOT_MESSENGER_GRAPH_URL", graphUrl));
    }

    /** Photo and web slots as given, and no web rate limit, so a bench can keep every slot busy. */
    static Map<String, String> busySlotsEnv(int photoSlots, int webSlots) {
        return Map.of("MOODBOT_PHOTO_SLOTS", Integer.toString(photoSlots), "MOODBOT_WEB_CONCURRENT",
                Integer.toString(webSlots), "MOODBOT_WEB_BURST", "100000", "MOODBOT_WEB_PER_MINUTE", "100000");
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** CPU time the service has used so far, user and system. */
    Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Polls {@code /health/readiness} until it answers 200: the model is loaded and the warm-up has run. */
    private void awaitReady(Duration within) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IOException("the service exited with status " + process.exitValue() + lastLines(log));
            }
            try {
                HttpResponse<Void> readiness = http.send(HttpRequest.newBuilder(uri("/health/readiness"))
                        .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding());
                if (readiness.statusCode() == 200) {
                    readyAfter = Duration.ofNanos(System.nanoTime() - started);
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        close();
        throw new IOException("the service was not ready within " + within + lastLines(log));
    }

    /** From starting the process to readiness answering 200 (to within the 50 ms polling step). */
    Duration readyAfter() {
        return readyAfter;
    }

    /** What the service wrote to stdout and stderr so far. */
    Path log() {
        return log;
    }

    /**
     * Everything written so far, once a line containing {@code fragment} is among it (readiness can answer
     * before serve's start-up lines are out), or after {@code within} without it.
     */
    List<String> logOnceItHas(String fragment, Duration within) throws IOException, InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        List<String> lines = Files.readAllLines(log);
        while (lines.stream().noneMatch(l -> l.contains(fragment)) && System.nanoTime() < end) {
            Thread.sleep(20);
            lines = Files.readAllLines(log);
        }
        return lines;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Sends SIGTERM (once more, if already sent), as a deploy or Kubernetes does, and waits for the exit status. */
    int terminate(Duration within) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the service did not stop within " + within + lastLines(log));
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
