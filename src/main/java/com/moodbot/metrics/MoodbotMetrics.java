package com.moodbot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Every series moodbot publishes, in one place (scraped at {@code /prometheus}). Names are
 * Micrometer's: {@code moodbot.photos} becomes {@code moodbot_photos_total}, timers
 * {@code *_seconds}. Labels are kinds and outcomes, never a person.
 */
@Singleton
public class MoodbotMetrics {

    private final MeterRegistry registry;
    private final Timer eventLatency;
    /** Meters by name and label values, built once: these are counted on every webhook POST and event. */
    private final Map<List<String>, Meter> meters = new ConcurrentHashMap<>();

    public MoodbotMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.eventLatency = Timer.builder("moodbot.event.latency").description("Receipt of a webhook event to its last reply")
                .publishPercentileHistogram().register(registry);
    }

    /** For code run outside the service (unit tests, commands): counts into a registry nobody reads. */
    public static MoodbotMetrics none() {
        return new MoodbotMetrics(new SimpleMeterRegistry());
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** @param outcome ok, bad_signature, too_large, busy, draining or not_configured */
    public void webhookPost(String outcome) {
        counter("moodbot.webhook.posts", "Webhook POSTs by how they were answered", "outcome", outcome).increment();
    }

    /** From the webhook accepting an event to its last reply sent. */
    public void eventAnswered(long nanos) {
        eventLatency.record(Duration.ofNanos(nanos));
    }

    /** @param outcome ok, retried, failed or unanswered (not sent again); @param code the Graph error code, or none */
    public void sendApiCall(String outcome, String code) {
        counter(List.of("moodbot.send.api.calls", outcome, code), () -> Counter.builder("moodbot.send.api.calls")
                .description("Send API calls by outcome and Graph error code").tag("outcome", outcome).tag("code", code))
                .increment();
    }

    /** @param stage fetch, decode, detect, classify or recommend */
    public void stage(String stage, long nanos) {
        ((Timer) meters.computeIfAbsent(List.of("moodbot.stage.duration", stage), k -> Timer.builder(k.get(0))
                .description("Time spent in each stage of answering a photo").tag("stage", stage)
                .publishPercentileHistogram().register(registry))).record(Duration.ofNanos(nanos));
    }

    /** @param result face, no_face, too_small, unsupported, too_large, corrupt, empty or download_failed */
    public void photo(String result) {
        counter("moodbot.photos", "Photos by what came of them", "result", result).increment();
    }

    public void emotion(String emotion) {
        counter("moodbot.emotions.detected", "Moods read on the main face of a photo", "emotion", emotion).increment();
    }

    /** @param kind the tapped quick reply or postback: more, switch, not_my_mood, pick_mood, mood_answer, get_started, help */
    public void choice(String kind) {
        counter("moodbot.choices", "Quick replies and postbacks tapped", "kind", kind).increment();
    }

    /** A photo answered with "happy or surprised?" instead of a mood ({@code UnsureRule}); by the top mood read. */
    public void asked(String detected) {
        counter("moodbot.unsure.asks", "Photos answered with a question: the read was unsure", "detected", detected)
                .increment();
    }

    public void correction(String detected, String chosen) {
        counter(List.of("moodbot.mood.corrections", detected, chosen), () -> Counter.builder("moodbot.mood.corrections")
                .description("Not-my-mood corrections: the mood read and the mood chosen").tag("detected", detected)
                .tag("chosen", chosen)).increment();
    }

    /** A card button tapped: which category, for which mood, which catalog item (never who). */
    public void cardTap(String category, String mood, String item) {
        counter(List.of("moodbot.card.taps", category, mood, item), () -> Counter.builder("moodbot.card.taps")
                .description("Card buttons tapped, by category, mood and catalog item").tag("category", category)
                .tag("mood", mood).tag("item", item)).increment();
    }

    /** @param result reloaded, rejected or error */
    /** Where accepted webhook events went: stream, memory_fallback, backlog_full, refused. */
    public void intake(String outcome, int events) {
        counter("moodbot.intake.events", "Webhook events by where they were kept", "outcome", outcome).increment(events);
    }

    /** Durable intake found its consumer group gone from Redis (the data lost) and made it again. */
    public void intakeGroupRecreated() {
        counter(List.of("moodbot.intake.group.recreated"), () -> Counter.builder("moodbot.intake.group.recreated")
                .description("Times the intake's consumer group was gone from Redis (its data lost) and made again"))
                .increment();
    }

    public void catalogReload(String result) {
        counter("moodbot.catalog.reloads", "Catalog edits picked up or refused", "result", result).increment();
    }

    public void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).register(registry);
    }

    private Counter counter(String name, String description, String tag, String value) {
        return counter(List.of(name, value), () -> Counter.builder(name).description(description).tag(tag, value));
    }

    private Counter counter(List<String> key, Supplier<Counter.Builder> builder) {
        return (Counter) meters.computeIfAbsent(key, k -> builder.get().register(registry));
    }
}
