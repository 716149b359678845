package com.moodbot.cli;

import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.messenger.EventDispatcher;
import com.moodbot.messenger.StreamIntake;
import com.moodbot.metrics.ManagementPort;
import com.moodbot.ops.DrainConfig;
import com.moodbot.ops.SettingsCheck;
import com.moodbot.ops.ServiceState;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.InvalidCatalogException;
import com.moodbot.web.WebAdmission;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.logging.LogLevel;
import io.micronaut.logging.LoggingSystem;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.BindException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import sun.misc.Signal;

/** {@code moodbot serve}: the web service (webhook, /api/analyze, the chat page). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the service. Port from MOODBOT_PORT (default 8080); Messenger secrets from the environment.",
        footer = {"%nSettings are environment variables (README.md, \"Configuration\"). The most used:",
            "  MOODBOT_PORT             the web port",
            "  MOODBOT_MANAGEMENT_PORT  where /prometheus answers (0: a free port)",
            "  MOODBOT_ADMIN_TOKEN      16 characters or more: turns on /admin",
            "  MOODBOT_PUBLIC_URL       the HTTPS address people reach the service at",
            "  REDIS_URI                state shared by instances and kept across restarts",
            "  MOODBOT_MESSENGER_APP_SECRET, MOODBOT_MESSENGER_VERIFY_TOKEN and",
            "  MOODBOT_MESSENGER_PAGE_ACCESS_TOKEN: connect a Facebook Page (README.md)"})
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    private static final String NETTY_SERVER = "io.micronaut.http.server.netty.NettyHttpServer";

    @Inject
    ApplicationContext context;

    @Override
    public Integer call() throws Exception {
        List<String> badSettings = SettingsCheck.problems(context);
        if (!badSettings.isEmpty()) {
            badSettings.forEach(problem -> System.err.println("serve: refusing to start: " + problem));
            return CliErrors.USER_ERROR;
        }
        CatalogService catalogs = context.getBean(CatalogService.class);
        try {
            catalogs.start();
        } catch (InvalidCatalogException e) {
            System.err.println("serve: refusing to start, the catalogs are invalid:");
            e.problems().forEach(p -> System.err.println(p));
            return CliErrors.USER_ERROR;
        }
        String redis = unreachableRedis();
        if (redis != null) {
            System.err.println("serve: refusing to start: " + redis);
            return 1;
        }
        try {
            context.getBean(PhotoAnalyzer.class);
        } catch (BeanInstantiationException e) {
            boolean missing = CliErrors.rootCause(e) instanceof NoSuchFileException;
            System.err.println("serve: refusing to start: " + rootMessage(e)
                    + (missing ? " (the model folder is MOODBOT_MODEL_DIR, by default models)" : ""));
            return missing ? CliErrors.USER_ERROR : 1;
        }
        // before the server starts: once readiness answers UP, a SIGTERM must find the drain, not the JVM's exit
        CountDownLatch stop = new CountDownLatch(1);
        Signal.handle(new Signal("TERM"), signal -> stop.countDown());
        Signal.handle(new Signal("INT"), signal -> stop.countDown());
        EmbeddedServer server;
        ManagementPort management = context.getBean(ManagementPort.class);
        String port = context.getProperty("micronaut.server.port", String.class).orElse("?"); // gone once a start fails
        // a port it cannot have is named below, once: Netty's own ERROR line for it would come first
        Optional<LoggingSystem> logging = context.findBean(LoggingSystem.class);
        LogLevel configured = context.getProperty("logger.levels." + NETTY_SERVER, LogLevel.class)
                .orElse(LogLevel.NOT_SPECIFIED);
        logging.ifPresent(l -> l.setLogLevel(NETTY_SERVER, LogLevel.OFF));
        try {
            server = context.getBean(EmbeddedServer.class).start();
        } catch (RuntimeException e) {
            BindException bind = bindFailure(e);
            if (bind == null) {
                throw e;
            }
            System.err.println("serve: refusing to start: " + TakenPort.describe(port, management, e) + ": "
                    + bind.getMessage());
            return CliErrors.USER_ERROR;
        } finally {
            logging.ifPresent(l -> l.setLogLevel(NETTY_SERVER, configured));
        }
        StartupLines.log(context, server, management);
        stop.await();
        drain(server);
        return 0;
    }

    /**
     * Readiness DOWN (and, for MOODBOT_DRAIN_DELAY, still taking work while the load balancer notices), then
     * new webhook posts and web uploads refused with 503 (Facebook redelivers the posts), and the accepted
     * events and the web uploads in flight answered, within MOODBOT_DRAIN_TIMEOUT.
     */
    private void drain(EmbeddedServer server) throws InterruptedException {
        DrainConfig drain = context.getBean(DrainConfig.class);
        Duration timeout = drain.timeout();
        if (drain.delay().toMillis() > 0) {
            context.getBean(ServiceState.class).leave();
            LOG.info("Stopping: readiness DOWN; still taking work for {} ms while the load balancer notices",
                    drain.delay().toMillis());
            Thread.sleep(drain.delay().toMillis());
        }
        context.getBean(ServiceState.class).drain();
        LOG.info("Stopping: answering the events and web uploads already accepted (at most {} s)", timeout.toSeconds());
        long start = System.nanoTime();
        EventDispatcher events = context.getBean(EventDispatcher.class);
        WebAdmission uploads = context.getBean(WebAdmission.class);
        boolean idle = events.awaitIdle(timeout.toMillis(), TimeUnit.MILLISECONDS)
                && uploads.awaitIdle(timeout.minusNanos(System.nanoTime() - start));
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (idle) {
            LOG.info("Every accepted event and web upload was answered ({} ms); stopping", ms);
        } else {
            LOG.warn("{} accepted event(s) and {} web upload(s) still unanswered after {} ms; stopping anyway ({})",
                    events.pending(), uploads.inFlight(), ms, context.containsBean(StreamIntake.class)
                            ? "events stored in Redis stay there for another instance; any kept in memory are lost"
                            : "without durable intake they are lost");
            events.abandon();
        }
        server.stop();
    }

    private static BindException bindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException bind) {
                return bind;
            }
        }
        return null;
    }

    /** With REDIS_URI set, why Redis cannot be used (the address without credentials), or null when it answers. */
    private String unreachableRedis() {
        String uri = context.getProperty("redis.uri", String.class).orElse(null);
        if (uri == null) {
            return null;
        }
        try {
            context.getBean(StatefulRedisConnection.class).sync().ping();
            return null;
        } catch (BeanInstantiationException | RedisException e) {
            RedisURI address = RedisURI.create(uri);
            return "cannot reach Redis at " + address.getHost() + ":" + address.getPort() + " (REDIS_URI): "
                    + rootMessage(e);
        }
    }

    private static String rootMessage(Throwable e) {
        return CliErrors.rootCause(e).getMessage();
    }
}
