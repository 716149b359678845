package com.moodbot.recommend;

import com.moodbot.metrics.MoodbotMetrics;
import com.moodbot.ops.ReadinessCheck;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the catalog in service. The first load must succeed; afterwards edits are picked up by
 * polling the files' content, and an invalid edit is logged problem by problem while the last good
 * catalog stays in service. An edit is taken only once the files have stayed the same for one poll,
 * so a file caught mid-write (its first items valid on their own) never goes live.
 */
@Singleton
public class CatalogService implements CatalogSource, ReadinessCheck {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogService.class);
    private final CatalogConfig config;
    private final CatalogLoader loader;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private volatile Catalog current;
    private volatile String fingerprint;
    /** The files in service, to say what changed when a new catalog goes in. */
    private CatalogFiles inService;
    /** The files' fingerprint at the last poll, when it differed from the one in service: an edit settling. */
    private String settling;
    private volatile Instant lastCheck;
    private volatile String lastResult;
    private volatile List<CatalogProblem> lastProblems = List.of();
    private ScheduledFuture<?> watch;

    private final MoodbotMetrics metrics;

    public CatalogService(CatalogConfig config, @Named("scheduled") TaskScheduler scheduler, Clock clock,
                          MoodbotMetrics metrics) {
        this.metrics = metrics;
        this.config = config;
        this.loader = new CatalogLoader(clock);
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Loads the catalogs for the first time; fails when they are invalid. */
    public synchronized Catalog start() throws InvalidCatalogException, IOException {
        if (current == null) {
            CatalogFiles files = readFiles();
            current = loader.load(config.dir(), files);
            fingerprint = files.fingerprint();
            inService = files;
            lastCheck = clock.instant();
            lastResult = "loaded";
            LOG.info("Catalogs loaded from {}: {}", config.dir(), summary(current));
        }
        return current;
    }

    /** The web server is up: load the catalogs (fails startup when they are invalid) and watch for edits. */
    @EventListener
    void onStartup(ServerStartupEvent event) throws InvalidCatalogException, IOException {
        try {
            start();
        } catch (InvalidCatalogException e) {
            LOG.error("The catalogs are invalid:");
            e.problems().forEach(p -> LOG.error("  {}", p));
            throw e;
        }
        watch();
    }

    /** Starts polling for edits. */
    public synchronized void watch() {
        if (watch == null) {
            watch = scheduler.scheduleWithFixedDelay(config.pollInterval(), config.pollInterval(), this::poll);
        }
    }

    /** Whether a valid catalog is in service (a rejected edit leaves the previous one there). */
    public boolean inService() {
        return current != null;
    }

    @Override
    public String name() {
        return "catalogs";
    }

    /** Readiness waits for a valid catalog in service. */
    @Override
    public boolean ready() {
        return inService();
    }

    @Override
    public String state() {
        return inService() ? "in service" : "not loaded";
    }

    @Override
    public Catalog current() {
        Catalog c = current;
        if (c == null) {
            try {
                return start();
            } catch (InvalidCatalogException e) {
                throw new IllegalStateException(e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return c;
    }

    /**
     * One poll. A periodic task that throws is never run again, so nothing may escape, not even an
     * Error: the edit is reported as failed and polling goes on.
     */
    void poll() {
        try {
            reloadIfChanged();
        } catch (Throwable t) {
            lastResult = "error";
            LOG.error("Catalog reload failed with {}; the previous catalog stays in service and edits are still "
                    + "watched", t.toString());
        }
    }

    /**
     * Reloads when the catalog files differ from those in service and are the same as at the last
     * poll; returns true when a new catalog went into service.
     */
    public synchronized boolean reloadIfChanged() {
        return reload(true);
    }

    private boolean reload(boolean waitToSettle) {
        lastCheck = clock.instant();
        try {
            CatalogFiles files = readFiles();
            String now = files.fingerprint();
            if (now.equals(fingerprint)) {
                settling = null;
                return false;
            }
            if (waitToSettle && !now.equals(settling)) {
                settling = now; // changed since the last poll: perhaps still being written
                return false;
            }
            settling = null;
            fingerprint = now;
            current = loader.load(config.dir(), files);
            List<String> changed = inService == null ? List.of() : files.changedSince(inService);
            inService = files;
            lastResult = "reloaded";
            lastProblems = List.of();
            metrics.catalogReload(lastResult);
            LOG.info("Catalogs reloaded from {} ({} changed): {}", config.dir(),
                    changed.isEmpty() ? "a file" : String.join(", ", changed), summary(current));
            return true;
        } catch (InvalidCatalogException e) {
            lastResult = "rejected";
            lastProblems = e.problems();
            metrics.catalogReload(lastResult);
            LOG.warn("Catalog edit rejected; the previous catalog stays in service:");
            e.problems().forEach(p -> LOG.warn("  {}", p));
        } catch (IOException | RuntimeException e) {
            lastResult = "error";
            metrics.catalogReload(lastResult);
            LOG.warn("Catalog reload failed, keeping the previous catalog: {}", e.toString());
        }
        return false;
    }

    /**
     * Takes the files now, without waiting a poll for them to settle: for an edit the catalog editor
     * has just written whole (by an atomic rename). Returns true when a new catalog went into service.
     */
    public synchronized boolean reloadNow() {
        return reload(false);
    }

    /** The text of {@code file} as the catalog in service was read from it; none for a name not a catalog file's. */
    public synchronized Optional<byte[]> inServiceText(String file) {
        return inService == null ? Optional.empty() : inService.get(file);
    }

    /** The folder the catalogs are read from. */
    public Path dir() {
        return config.dir();
    }

    /** How many problems the files had at the last poll: none while they are the catalog in service. */
    public int problemCount() {
        return lastProblems.size();
    }

    public CatalogStatus status() {
        Catalog c = current();
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        c.counts().forEach((category, perMood) -> {
            Map<String, Integer> m = new LinkedHashMap<>();
            perMood.forEach((mood, n) -> m.put(mood.label(), n));
            counts.put(category.label(), m);
        });
        return new CatalogStatus(config.dir().toString(), c.loadedAt(), lastCheck, lastResult,
                lastProblems.stream().map(CatalogProblem::toString).toList(), counts);
    }

    private CatalogFiles readFiles() throws IOException, InvalidCatalogException {
        return CatalogLoader.files(config.dir());
    }

    /** e.g. {@code films.yml 45, songs.yml 40, food.yml 38, places.yml 36}. */
    private static String summary(Catalog catalog) {
        Map<Category, Integer> sizes = new EnumMap<>(Category.class);
        catalog.items().forEach((k, v) -> sizes.put(k, v.size()));
        return sizes.entrySet().stream().map(e -> e.getKey().fileName() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
