package com.moodbot.bench;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The kill test: redis-server, two {@code moodbot serve} processes with durable intake and HAProxy
 * in front, all on loopback. Signed webhook posts go through the balancer at a steady rate; part
 * way through one instance gets SIGKILL. Every post is redelivered until it gets a 200, as
 * Facebook does; then every accepted message must have been answered, once.
 */
@Command(name = "failover", mixinStandardHelpOptions = true,
        description = "Two instances behind HAProxy sharing Redis; SIGKILL one mid-run; count lost and repeated replies.")
public final class FailoverBench implements Callable<Integer> {

    private static final String SECRET = "failover-secret";

    @Option(names = "--rate", defaultValue = "200", description = "posts per second (default ${DEFAULT-VALUE})")
    int rate;

    @Option(names = "--posts", defaultValue = "4000", description = "posts, one person each (default ${DEFAULT-VALUE})")
    int posts;

    @Option(names = "--kill-after", defaultValue = "8",
            description = "seconds into the run to SIGKILL instance a (default ${DEFAULT-VALUE})")
    double killAfterSeconds;

    @Option(names = "--claim-after", defaultValue = "2s",
            description = "the instances' MOODBOT_INTAKE_CLAIM_AFTER (default ${DEFAULT-VALUE})")
    String claimAfter;

    @Option(names = "--graph-latency", defaultValue = "20",
            description = "milliseconds per Graph API call (default ${DEFAULT-VALUE})")
    long graphLatencyMs;

    @Option(names = "--connections", defaultValue = "16",
            description = "keep-alive connections to the balancer (default ${DEFAULT-VALUE})")
    int connectionCount;

    @Option(names = "--redis-server", defaultValue = "/usr/bin/redis-server",
            description = "the redis-server binary run (default ${DEFAULT-VALUE})")
    Path redisServer;

    @Option(names = "--haproxy", defaultValue = "/usr/sbin/haproxy",
            description = "the haproxy binary run in front (default ${DEFAULT-VALUE})")
    Path haproxy;

    @Option(names = "--service-jvm", split = " ", defaultValue = "-Xmx512m",
            description = "JVM options for the service (default ${DEFAULT-VALUE})")
    List<String> serviceJvm;

    @Option(names = "--model", defaultValue = "${env:MOODBOT_MODEL_DIR:-models}",
            description = "model folder the service loads (default ${DEFAULT-VALUE})")
    Path model;

    /** What the last run measured. */
    public record Outcome(int posts, int redelivered, int failed, int lost, int duplicated, long heldByKilled,
                          String ack) {
    }

    private Outcome outcome;

    public Outcome outcome() {
        return outcome;
    }

    @Override
    public Integer call() throws Exception {
        int redisPort = Ports.free();
        Process redis = new ProcessBuilder(redisServer.toString(), "--port", Integer.toString(redisPort), "--bind",
                "127.0.0.1", "--save", "", "--appendonly", "no").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Process balancer = null;
        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        RedisClient client = RedisClient.create("redis://127.0.0.1:" + redisPort);
        try (FakeGraphApi graph = new FakeGraphApi(graphLatencyMs)) {
            Ports.awaitListening(redisPort, Duration.ofSeconds(10));
            Map<String, String> env = ServiceProcess.messengerEnv(SECRET, graph.url());
            env.put("REDIS_URI", "redis://127.0.0.1:" + redisPort);
            env.put("MOODBOT_INTAKE_CLAIM_AFTER", claimAfter);
            List<String> jvm = new java.util.ArrayList<>(serviceJvm);
            jvm.add("-Dmoodbot.model.dir=" + model);
            CompletableFuture<ServiceProcess> startA = CompletableFuture.supplyAsync(() -> start(jvm, env));
            CompletableFuture<ServiceProcess> startB = CompletableFuture.supplyAsync(() -> start(jvm, env));
            try (ServiceProcess a = startA.join(); ServiceProcess b = startB.join();
                 StatefulRedisConnection<String, String> redisConnection = client.connect()) {
                int balancerPort = Ports.free();
                balancer = startBalancer(balancerPort, a, b);
                System.out.printf(Locale.ROOT, "redis-server :%d, instances a :%d (log %s) and b :%d (log %s), "
                                + "HAProxy :%d; Graph API answers in %d ms%n", redisPort, a.uri("/").getPort(), a.log(),
                        b.uri("/").getPort(), b.log(), balancerPort, graphLatencyMs);
                long[] held = {-1};
                try (WebhookLoad load = new WebhookLoad(URI.create("http://127.0.0.1:" + balancerPort + "/webhook"),
                        SECRET, posts, connectionCount)) {
                    killer.schedule(() -> {
                        a.handle().destroyForcibly();
                        held[0] = pendingOf(redisConnection, a);
                    }, (long) (killAfterSeconds * 1000), TimeUnit.MILLISECONDS);
                    WebhookLoad.Result result = load.run("kill_" + Long.toString(System.currentTimeMillis(), 36) + "_",
                            posts, rate);
                    boolean drained = awaitEmptyStream(redisConnection, Duration.ofSeconds(60));
                    ReplyTally replies = ReplyTally.await(graph, posts, posts, Duration.ofSeconds(3));
                    outcome = new Outcome(posts, result.refused(), result.failed(), replies.lost(),
                            replies.duplicated(), held[0], result.ack().summary());
                    System.out.printf(Locale.ROOT, "%d posts at %d/s through HAProxy, instance a killed (SIGKILL) "
                                    + "%.1f s in holding %d unacknowledged event(s); %d answers other than 200 "
                                    + "redelivered, %d never accepted; ack %s; stream %s; replies: %d lost, "
                                    + "%d duplicated (mark_seen %d, text %d)%n", posts, rate, killAfterSeconds, held[0],
                            result.refused(), result.failed(), result.ack().summary(),
                            drained ? "empty" : "NOT empty", replies.lost(), replies.duplicated(), replies.actions(),
                            replies.messages());
                    if (replies.lost() == 0 && result.failed() == 0 && drained) {
                        return 0;
                    }
                    System.out.printf(Locale.ROOT, "kept the instances' logs: %s and %s%n", a.keepLog(), b.keepLog());
                    return 1;
                }
            }
        } finally {
            killer.shutdownNow();
            if (balancer != null) {
                balancer.destroy();
            }
            client.shutdown();
            redis.destroy();
        }
    }

    private static ServiceProcess start(List<String> jvm, Map<String, String> env) {
        try {
            return ServiceProcess.start(jvm, env, Duration.ofMinutes(2));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Events read by instance a's consumer and not acknowledged: what it held when it died. */
    private static long pendingOf(StatefulRedisConnection<String, String> redis, ServiceProcess a) {
        String pid = Long.toString(a.handle().pid());
        return redis.sync().xpending("moodbot:events", "moodbot").getConsumerMessageCount().entrySet().stream()
                .filter(e -> e.getKey().startsWith(pid + "@")).mapToLong(Map.Entry::getValue).sum();
    }

    private Process startBalancer(int port, ServiceProcess a, ServiceProcess b) throws IOException, InterruptedException {
        Path config = Files.createTempFile("moodbot-haproxy", ".cfg");
        config.toFile().deleteOnExit();
        Files.writeString(config, String.join("\n",
                "global", "  maxconn 4096",
                "defaults", "  mode http", "  timeout connect 1s", "  timeout client 60s", "  timeout server 10s",
                "  timeout check 2s", // a dead instance refuses at once; a slow readiness answer is not a dead one
                "  retries 3", "  option redispatch 1", "  option http-buffer-request",
                "  retry-on conn-failure empty-response",
                "frontend webhook", "  bind 127.0.0.1:" + port, "  default_backend moodbot",
                "backend moodbot", "  balance roundrobin", "  option httpchk GET /health/readiness",
                "  default-server inter 250ms fall 1 rise 2",
                "  server a 127.0.0.1:" + a.uri("/").getPort() + " check",
                "  server b 127.0.0.1:" + b.uri("/").getPort() + " check", ""));
        Process process = new ProcessBuilder(haproxy.toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Ports.awaitListening(port, Duration.ofSeconds(10));
        Thread.sleep(1000); // both servers pass their first health checks
        return process;
    }

    private static boolean awaitEmptyStream(StatefulRedisConnection<String, String> redis, Duration within)
            throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            if (redis.sync().xlen("moodbot:events") == 0) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
