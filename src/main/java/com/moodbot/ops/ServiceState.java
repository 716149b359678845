package com.moodbot.ops;

import com.moodbot.analysis.PhotoAnalyzer;
import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the service is in its life: starting (the model may still be loading), ready for traffic, or
 * draining before it stops. Readiness probes and the load balancer follow it.
 */
@Singleton
public class ServiceState {

    public enum Phase { STARTING, READY, DRAINING }

    private static final Logger LOG = LoggerFactory.getLogger(ServiceState.class);
    private final BeanProvider<PhotoAnalyzer> pipeline;
    private volatile Phase phase = Phase.STARTING;

    public ServiceState(BeanProvider<PhotoAnalyzer> pipeline) {
        this.pipeline = pipeline;
    }

    /** The server is listening: make sure the model is loaded, then take traffic. */
    @EventListener
    void onStartup(ServerStartupEvent event) {
        pipeline.get();
        if (phase == Phase.STARTING) {
            phase = Phase.READY;
            LOG.info("Ready for traffic");
        }
    }

    public Phase phase() {
        return phase;
    }

    /** From now on readiness is DOWN, so the load balancer stops sending work here. */
    public void drain() {
        phase = Phase.DRAINING;
    }
}
