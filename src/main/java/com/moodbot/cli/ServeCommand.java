package com.moodbot.cli;

import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.analysis.PhotoSlots;
import com.moodbot.messenger.DispatchConfig;
import com.moodbot.messenger.EventDispatcher;
import com.moodbot.messenger.MessengerConfig;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.InvalidCatalogException;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/** {@code moodbot serve}: the web service (webhook, /api/analyze, the chat page). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the service. Port from MOODBOT_PORT (default 8080); Messenger secrets from the environment.")
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Inject
    ApplicationContext context;

    @Override
    public Integer call() throws Exception {
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
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "moodbot-shutdown"));
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
