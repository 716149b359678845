package com.moodbot.ops;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One hot path exercised before readiness turns UP, so that the first real traffic does not pay for
 * class loading, lazy initialisation and the JIT. Tasks never leave a trace a person could see: no
 * message is sent, nothing is stored, and webhook posts before readiness count as {@code outcome="starting"}.
 */
public interface WarmUpTask {

    /**
     * @param server the service's own base URL, for loopback requests
     * @param deadline {@link System#nanoTime()} by which to stop
     * @return what was done, for the log line (e.g. "3000 webhook posts")
     */
    String run(URI server, WarmUpConfig config, long deadline) throws Exception;

    /** Runs {@code work} on {@code threads} threads at once and waits for all of them. */
    static void inParallel(int threads, Runnable work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(work));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
