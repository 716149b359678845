package com.moodbot.web;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** With Redis: {@code moodbot:admin:ended:ID}, kept until the session would have expired. */
@Singleton
@Requires(property = "redis.uri")
public class RedisEndedSessions implements EndedSessions {

    static final String PREFIX = "moodbot:admin:ended:";
    private final StatefulRedisConnection<String, String> redis;
    private final Clock clock;

    public RedisEndedSessions(StatefulRedisConnection<String, String> redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public void end(String id, Instant expires) {
        long millis = Math.max(1, Duration.between(clock.instant(), expires).toMillis());
        redis.sync().set(PREFIX + id, "1", SetArgs.Builder.px(millis));
    }

    @Override
    public boolean isEnded(String id) {
        return redis.sync().exists(PREFIX + id) > 0;
    }
}
