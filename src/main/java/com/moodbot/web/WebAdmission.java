package com.moodbot.web;

import com.moodbot.metrics.MoodbotMetrics;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Decides at once, before the upload's body is read, whether a web upload may run: its client has
 * a token left and one of the web channel's own slots is free. Otherwise {@link WebAdmissionFilter}
 * answers 429 with Retry-After, so a flood of uploads queues nowhere, holds no memory, and never
 * touches Messenger's photo slots.
 */
@Singleton
public class WebAdmission {

    /** What {@link #enter} decided. */
    public sealed interface Decision permits Admitted, Refused {
    }

    /** Admitted: run the work, then close to free the slot (once, however often it is closed). */
    public static final class Admitted implements Decision, AutoCloseable {
        private final Semaphore slots;
        private final AtomicBoolean open = new AtomicBoolean(true);

        Admitted(Semaphore slots) {
            this.slots = slots;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false) && slots != null) {
                slots.release();
            }
        }
    }

    /** Refused, with the seconds after which a retry may succeed. */
    public record Refused(long retryAfterSeconds, String why) implements Decision {
    }

    private final WebAdmissionConfig config;
    private final Semaphore slots;
    private final TokenBuckets buckets;
    private final TrustedProxies trusted;

    public WebAdmission(WebAdmissionConfig config, MoodbotMetrics metrics) {
        this.config = config;
        this.trusted = config.proxies();
        this.slots = new Semaphore(config.concurrent(), true);
        this.buckets = new TokenBuckets(config.perMinute(), config.burst(), 10_000, System::nanoTime);
        metrics.gauge("moodbot.web.uploads.in.flight", "Web uploads being read or answered right now", this::inFlight);
    }

    /** @param slot whether the work holds a web slot (an upload) or only takes a token (a choice) */
    public Decision enter(HttpRequest<?> request, boolean slot) {
        long wait = buckets.take(client(request));
        if (wait > 0) {
            return new Refused(wait, "too many requests from one client");
        }
        if (!slot) {
            return new Admitted(null);
        }
        if (!slots.tryAcquire()) {
            return new Refused(config.retryAfter().toSeconds(), "busy");
        }
        return new Admitted(slots);
    }

    /**
     * Waits until no upload holds a web slot (the stop's drain: new ones are refused by then), at most
     * {@code timeout}.
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        if (!slots.tryAcquire(config.concurrent(), timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return false;
        }
        slots.release(config.concurrent());
        return true;
    }

    /** Whose X-Forwarded-For is believed (MOODBOT_WEB_TRUSTED_PROXIES). */
    public TrustedProxies trustedProxies() {
        return trusted;
    }

    /** Web uploads read and analysed at once, at most (MOODBOT_WEB_CONCURRENT). */
    public int slots() {
        return config.concurrent();
    }

    /** Uploads holding a web slot now: being read or answered. */
    public int inFlight() {
        return config.concurrent() - slots.availablePermits();
    }

    /** Slots free now (tests). */
    int free() {
        return slots.availablePermits();
    }

    /**
     * The client a request comes from, as {@link ClientKey} counts it: the connection's address, or the
     * last hop a trusted proxy added.
     */
    String client(HttpRequest<?> request) {
        return ClientKey.of(address(request));
    }

    private String address(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String peer = remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
        if (!trusted.trusts(peer)) {
            return peer;
        }
        // a proxy may add its hop as a header line of its own (HAProxy's option forwardfor): the lines in order
        String[] hops = String.join(",", request.getHeaders().getAll("X-Forwarded-For")).split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.trusts(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
