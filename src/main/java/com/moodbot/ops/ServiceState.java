package com.moodbot.ops;

import com.moodbot.analysis.PhotoAnalyzer;
import io.micronaut.context.BeanProvider;
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
 * traffic, or draining before it stops. Readiness probes and the load balancer follow it.
 */
@Singleton
public class ServiceState {

    public enum Phase { STARTING, READY, DRAINING }

    private static final Logger LOG = LoggerFactory.getLogger(ServiceState.class);
    private final BeanProvider<PhotoAnalyzer> pipeline;
    private final List<WarmUpTask> warmUp;
    private final WarmUpConfig warmUpConfig;
    private volatile Phase phase = Phase.STARTING;

    public ServiceState(BeanProvider<PhotoAnalyzer> pipeline, List<WarmUpTask> warmUp, WarmUpConfig warmUpConfig) {
        this.pipeline = pipeline;
        this.warmUp = warmUp;
        this.warmUpConfig = warmUpConfig;
    }

    /** The server is listening: make sure the model is loaded, warm the hot paths, then take traffic. */
    @EventListener
    void onStartup(ServerStartupEvent event) {
        pipeline.get();
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

    /** From now on readiness is DOWN, so the load balancer stops sending work here. */
    public void drain() {
        phase = Phase.DRAINING;
    }
}
