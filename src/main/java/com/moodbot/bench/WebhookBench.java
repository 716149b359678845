package com.moodbot.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Webhook load over loopback against {@code moodbot serve} in its own JVM, with a recording stand-in
 * for the Graph API in this one. A warm-up run at the same rate comes first and is reported apart.
 * Reports acks/s, ack latency, replies lost or duplicated (each post must get exactly one mark_seen
 * and one text back), and the CPU each side used.
 */
@Command(name = "webhook", mixinStandardHelpOptions = true,
        description = "Webhook acks under load: acks/s, p50/p99 ack latency, lost and duplicated replies, CPU per post.")
public final class WebhookBench implements Callable<Integer> {

    private static final String SECRET = "bench-secret";

    @Option(names = "--rate", defaultValue = "500", description = "posts per second (default ${DEFAULT-VALUE})")
    int rate;

    @Option(names = "--posts", defaultValue = "10000", description = "measured posts (default ${DEFAULT-VALUE})")
    int posts;

    @Option(names = "--warmup-posts", defaultValue = "5000",
            description = "posts sent first and reported apart (default ${DEFAULT-VALUE})")
    int warmupPosts;

    @Option(names = "--people", defaultValue = "200", description = "distinct senders (default ${DEFAULT-VALUE})")
    int people;

    @Option(names = "--connections", defaultValue = "16", description = "keep-alive connections (default ${DEFAULT-VALUE})")
    int connectionCount;

    @Option(names = "--redis", description = "Redis URI for the service's dedupe and history (default: in memory)")
    String redis;

    @Option(names = "--graph-latency", defaultValue = "0",
            description = "milliseconds the Graph stand-in takes per call (default ${DEFAULT-VALUE}: at once)")
    long graphLatencyMs;

    @Option(names = "--timeline", description = "also print ack p50/p99 for every second of each run")
    boolean timeline;

    @Option(names = "--model", defaultValue = "${env:MOODBOT_MODEL_DIR:-models}",
            description = "model folder the service loads (default ${DEFAULT-VALUE})")
    Path model;

    @Option(names = "--service-jvm", split = " ", defaultValue = "-Xmx512m",
            description = "JVM options for the service (default ${DEFAULT-VALUE})")
    List<String> serviceJvm;

    @Override
    public Integer call() throws Exception {
        // Message ids unique to this run: a shared Redis remembers ids from earlier runs for two days.
        String runId = Long.toString(System.currentTimeMillis(), 36);
        List<String> jvm = new ArrayList<>(serviceJvm);
        jvm.add("-Dmoodbot.model.dir=" + model);
        try (FakeGraphApi graph = new FakeGraphApi(graphLatencyMs);
             ServiceProcess service = ServiceProcess.start(jvm, serviceEnv(graph), Duration.ofMinutes(2));
             WebhookLoad load = new WebhookLoad(service.uri("/webhook"), SECRET, people, connectionCount)) {
            System.out.printf(Locale.ROOT, "service JVM options: %s; %d connections; dedupe and history %s; "
                    + "Graph API answers in %d ms%n", String.join(" ", serviceJvm), connectionCount,
                    redis == null ? "in memory" : "in Redis", graphLatencyMs);
            System.out.printf(Locale.ROOT, "ready %.2f s after the process started (readiness answered 200)%n",
                    service.readyAfter().toMillis() / 1000.0);
            if (warmupPosts > 0) {
                WebhookLoad.Result warm = load.run("warm_" + runId + "_", warmupPosts, rate);
                report("warm-up ", warmupPosts, warm, ReplyTally.await(graph, warmupPosts, people, Duration.ofSeconds(10)), null, 0);
            }
            graph.reset();
            Duration serviceCpu = service.cpu();
            long benchCpu = benchCpuNanos();
            WebhookLoad.Result result = load.run("bench_" + runId + "_", posts, rate);
            ReplyTally replies = ReplyTally.await(graph, posts, people, Duration.ofSeconds(10));
            double cpuSeconds = (service.cpu().minus(serviceCpu).toNanos()) / 1e9;
            report("measured", posts, result, replies, cpuSeconds, (benchCpuNanos() - benchCpu) / 1e9);
            return replies.lost() == 0 && replies.duplicated() == 0 && result.failed() == 0 ? 0 : 1;
        }
    }

    private Map<String, String> serviceEnv(FakeGraphApi graph) {
        Map<String, String> env = ServiceProcess.messengerEnv(SECRET, graph.url());
        if (redis != null) {
            env.put("REDIS_URI", redis);
        }
        return env;
    }

    private void report(String phase, int count, WebhookLoad.Result r, ReplyTally replies, Double serviceCpu, double benchCpu) {
        System.out.printf(Locale.ROOT, "%s: %d posts at %d/s: %.0f acks/s, ack %s, %d refused (503, or 502/504 from a balancer) and redelivered, "
                        + "%d failed; replies: %d lost, %d duplicated (mark_seen %d, text %d)%n", phase, count, rate,
                r.acksPerSecond(), r.ack().summary(), r.refused(), r.failed(), replies.lost(), replies.duplicated(),
                replies.actions(), replies.messages());
        if (timeline) {
            StringBuilder line = new StringBuilder("  per second (p50/p99 ms):");
            for (int s = 0; s < r.perSecond().length; s++) {
                Latencies second = r.perSecond()[s];
                if (second.count() > 0) {
                    line.append(String.format(Locale.ROOT, " %d:%.1f/%.1f", s, second.percentileMillis(50),
                            second.percentileMillis(99)));
                }
            }
            System.out.println(line);
        }
        if (serviceCpu != null) {
            System.out.printf(Locale.ROOT, "CPU: service %.2f ms per post (%.0f%% of one core), bench process %.0f%% "
                            + "of one core, %d cores%n", serviceCpu * 1000 / count, 100 * serviceCpu / r.seconds(),
                    100 * benchCpu / r.seconds(), Runtime.getRuntime().availableProcessors());
        }
    }

    private static long benchCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
