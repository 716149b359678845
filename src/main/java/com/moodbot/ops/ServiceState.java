package com.moodbot.ops;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the service is in its life: starting (loading the model, then warming up), ready for
 * traffic, leaving (readiness DOWN, still taking work while the load balancer notices), or
 * draining before it stops (new work refused). Readiness probes and the load balancer follow it.
 */
@Singleton
public class ServiceState {

    public enum Phase { STARTING, READY, LEAVING, DRAINING }

    private static final Logger LOG = LoggerFactory.getLogger(ServiceState.class);
    private final List<WarmUpTask> warmUp;
    private final WarmUpConfig warmUpConfig;
    private volatile Phase phase = Phase.STARTING;

    /**
     * @param warmUp built here whether or not the warm-up runs, so what they warm is loaded before
     *     readiness (the pipeline's warm-up needs the model)
     */
    public ServiceState(List<WarmUpTask> warmUp, WarmUpConfig warmUpConfig) {
        this.warmUp = warmUp;
        this.warmUpConfig = warmUpConfig;
    }

    /** The server is listening (the model was loaded with the warm-up tasks): warm the hot paths, then take traffic. */
    @EventListener
    void onStartup(ServerStartupEvent event) {
        if (warmUpConfig.enabled() && event != null) {
            warmUp(event.getSource().getURI());
        }
        if (phase == Phase.STARTING) {
            phase = Phase.READY;
            LOG.info("Ready for traffic ({} ms after the JVM started)", ProcessUptime.millis());
        }
    }

    private void warmUp(URI server) {
        long start = System.nanoTime();
        long deadline = start + warmUpConfig.timeout().toNanos();
        List<String> done = new ArrayList<>();
        for (WarmUpTask task : warmUp) {
            try {
                done.add(task.run(server, warmUpConfig, deadline));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warn("Warm-up step {} failed, going on: {}", task.getClass().getSimpleName(), e.toString());
            }
        }
        LOG.info("Warmed up in {} ms: {}", (System.nanoTime() - start) / 1_000_000, String.join(", ", done));
    }

    public Phase phase() {
        return phase;
    }

    /** From now on readiness is DOWN, so the load balancer stops sending work here; work still comes in. */
    public void leave() {
        phase = Phase.LEAVING;
    }

    /** Readiness DOWN, and new webhook posts and uploads are refused. */
    public void drain() {
        phase = Phase.DRAINING;
    }
}
