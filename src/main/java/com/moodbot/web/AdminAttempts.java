package com.moodbot.web;

import com.moodbot.logging.LogSafe;
import com.moodbot.logging.LogThrottle;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wrong admin tokens, by bearer header or the login form, counted per client (as {@link WebAdmission}
 * tells clients apart). After {@code failureBurst} of them the client gets 429 whatever it sends,
 * the right token included, so guessing cannot go on, until its bucket refills at
 * {@code failuresPerMinute}. A client's failures are logged at most once a minute, with its address
 * and where, never with what it sent. A right token costs nothing.
 */
@Singleton
public class AdminAttempts {

    private static final Logger LOG = LoggerFactory.getLogger(AdminAttempts.class);
    private static final long LOG_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();
    private static final int MAX_CLIENTS = 10_000;

    private final WebAdmission admission;
    private final double perNano;
    private final int burst;
    private final LongSupplier nanoTime;
    private final Map<String, Client> clients = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Client> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    private static final class Client {
        double tokens;
        long refilledAt;
        long loggedAt;
        int unlogged;
    }

    @Inject
    public AdminAttempts(AdminConfig config, WebAdmission admission) {
        this(config, admission, System::nanoTime);
    }

    AdminAttempts(AdminConfig config, WebAdmission admission, LongSupplier nanoTime) {
        this.admission = admission;
        this.perNano = config.failuresPerMinute() / 60e9;
        this.burst = config.failureBurst();
        this.nanoTime = nanoTime;
    }

    /**
     * @param where a fixed name for the endpoint, for the log line
     * @return 0 when this client's token may be checked now, else whole seconds until it may
     */
    public long retryAfter(HttpRequest<?> request, String where) {
        String address = admission.client(request);
        synchronized (this) {
            Client client = clients.get(address);
            if (client == null) {
                return 0;
            }
            long now = refill(client);
            if (client.tokens >= 1) {
                return 0;
            }
            log(address, client, now, where, "too many wrong admin tokens, refused");
            return Math.max(1, (long) Math.ceil((1 - client.tokens) / perNano / 1e9));
        }
    }

    /** Counts a wrong token from this client. */
    public void failed(HttpRequest<?> request, String where) {
        String address = admission.client(request);
        synchronized (this) {
            Client client = clients.computeIfAbsent(address, a -> {
                Client fresh = new Client();
                fresh.tokens = burst;
                fresh.refilledAt = nanoTime.getAsLong();
                fresh.loggedAt = fresh.refilledAt - LOG_INTERVAL_NANOS;
                return fresh;
            });
            long now = refill(client);
            client.tokens = Math.max(0, client.tokens - 1);
            log(address, client, now, where, "wrong admin token");
        }
    }

    private long refill(Client client) {
        long now = nanoTime.getAsLong();
        client.tokens = Math.min(burst, client.tokens + (now - client.refilledAt) * perNano);
        client.refilledAt = now;
        return now;
    }

    private static void log(String address, Client client, long now, String where, String what) {
        if (now - client.loggedAt < LOG_INTERVAL_NANOS) {
            client.unlogged++;
            return;
        }
        LOG.warn("Admin sign-in refused: {} from {} on {}{}", what, LogSafe.value(address), where,
                LogThrottle.note(client.unlogged));
        client.loggedAt = now;
        client.unlogged = 0;
    }
}
