package com.moodbot.cli;

import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.analysis.PhotoSlots;
import com.moodbot.messenger.DispatchConfig;
import com.moodbot.messenger.EventDispatcher;
import com.moodbot.messenger.MessengerConfig;
import com.moodbot.ops.DrainConfig;
import com.moodbot.ops.ServiceState;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.InvalidCatalogException;
import com.moodbot.web.AdminConfig;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import sun.misc.Signal;

/** {@code moodbot serve}: the web service (webhook, /api/analyze, the chat page). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the service. Port from MOODBOT_PORT (default 8080); Messenger secrets from the environment.")
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Inject
    ApplicationContext context;

    @Override
    public Integer call() throws Exception {
        try {
            context.getBean(AdminConfig.class);
        } catch (BeanInstantiationException e) {
            System.err.println("serve: refusing to start: " + rootMessage(e));
            return 1;
        }
        CatalogService catalogs = context.getBean(CatalogService.class);
        try {
            catalogs.start();
        } catch (InvalidCatalogException e) {
            System.err.println("serve: refusing to start, the catalogs are invalid:");
            e.problems().forEach(p -> System.err.println(p));
            return 1;
        }
        try {
            context.getBean(PhotoAnalyzer.class);
        } catch (BeanInstantiationException e) {
            System.err.println("serve: refusing to start: " + rootMessage(e));
            return 1;
        }
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
        MessengerConfig messenger = context.getBean(MessengerConfig.class);
        LOG.info("moodbot is listening on {} (Messenger webhook {})", server.getURL(),
                messenger.configured() ? "configured" : "not configured: answering 503 until secrets are set");
        DispatchConfig dispatch = context.getBean(DispatchConfig.class);
        LOG.info("{} reply workers, at most {} events waiting, {} photos analysed at once", dispatch.workers(),
                dispatch.queueCapacity(), context.getBean(PhotoSlots.class).size());
        CountDownLatch stop = new CountDownLatch(1);
        Signal.handle(new Signal("TERM"), signal -> stop.countDown());
        Signal.handle(new Signal("INT"), signal -> stop.countDown());
        stop.await();
        drain(server);
        return 0;
    }

    /** Readiness DOWN and new webhook posts refused (Facebook redelivers them), then the queue is answered. */
    private void drain(EmbeddedServer server) throws InterruptedException {
        Duration timeout = context.getBean(DrainConfig.class).timeout();
        context.getBean(ServiceState.class).drain();
        LOG.info("Stopping: answering the events already accepted (at most {} s)", timeout.toSeconds());
        long start = System.nanoTime();
        boolean idle = context.getBean(EventDispatcher.class).awaitIdle(timeout.toMillis(), TimeUnit.MILLISECONDS);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (idle) {
            LOG.info("Every accepted event was answered ({} ms); stopping", ms);
        } else {
            LOG.warn("Events were still being answered after {} ms; stopping anyway", ms);
        }
        server.stop();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
