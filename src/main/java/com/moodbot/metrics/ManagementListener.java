package com.moodbot.metrics;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration.NettyListenerConfiguration;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Two listeners instead of Micronaut's one: the service's port (every route but metrics) and the
 * management port on its own address, which serves only the routes bound to it ({@link MetricsRoute}).
 * Micronaut's {@code endpoints.all.port} would move the health probes off the main port too, where
 * load balancers look for them.
 */
@Singleton
public class ManagementListener implements BeanCreatedEventListener<NettyHttpServerConfiguration> {

    private final ManagementPort management;

    public ManagementListener(ManagementPort management) {
        this.management = management;
    }

    @Override
    public NettyHttpServerConfiguration onCreated(BeanCreatedEvent<NettyHttpServerConfiguration> event) {
        NettyHttpServerConfiguration server = event.getBean();
        if (server.getListeners() != null) {
            return server; // listeners configured by hand: theirs to place
        }
        NettyListenerConfiguration main = NettyListenerConfiguration.createTcp(server.getHost().orElse(null),
                server.getPort().orElse(-1), false, null, null);
        NettyListenerConfiguration metrics = NettyListenerConfiguration.createTcp(management.host(), management.port(),
                false, null, null);
        metrics.setExposeDefaultRoutes(false);
        metrics.setSupportGracefulShutdown(false);
        server.setListeners(List.of(main, metrics));
        return server;
    }
}
