package com.moodbot.ops;

import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.configuration.lettuce.health.RedisHealthIndicator;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * With {@code REDIS_URI}, readiness needs Redis to answer a ping within a second. In place of
 * micronaut-redis's indicator, which logged an error with a stack trace on every probe while Redis was
 * down: this logs one line when Redis stops answering and one when it answers again, and waits on no thread.
 */
@Singleton
@Readiness
@Requires(property = "redis.uri")
@Replaces(RedisHealthIndicator.class)
public class RedisReadiness implements HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(RedisReadiness.class);
    private static final Duration PING = Duration.ofSeconds(1);
    private final BeanProvider<StatefulRedisConnection<String, String>> redis;
    private final AtomicBoolean answering = new AtomicBoolean(true);

    public RedisReadiness(BeanProvider<StatefulRedisConnection<String, String>> redis) {
        this.redis = redis;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.defer(() -> Mono.fromCompletionStage(redis.get().async().ping()))
                .timeout(PING)
                .map(pong -> result(null))
                .onErrorResume(e -> Mono.just(result(why(e))));
    }

    private static String why(Throwable e) {
        boolean late = e instanceof TimeoutException || e instanceof RedisCommandTimeoutException;
        return late ? "no answer in time" : e.getClass().getSimpleName();
    }

    private HealthResult result(String why) {
        boolean now = why == null;
        if (answering.getAndSet(now) != now) {
            if (now) {
                LOG.info("Redis answers again: ready for traffic");
            } else {
                LOG.warn("Redis does not answer ({}): not ready for traffic until it does", why);
            }
        }
        return HealthResult.builder("redis", now ? HealthStatus.UP : HealthStatus.DOWN).build();
    }
}
