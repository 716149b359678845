package com.moodbot.ops;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/** Every Redis connection the service opens fails its commands fast (see {@link RedisTimeoutConfig}). */
@Singleton
@Requires(property = "redis.uri")
public class RedisCommandTimeout implements BeanCreatedEventListener<StatefulRedisConnection<?, ?>> {

    private final RedisTimeoutConfig config;

    public RedisCommandTimeout(RedisTimeoutConfig config) {
        this.config = config;
    }

    @Override
    public StatefulRedisConnection<?, ?> onCreated(BeanCreatedEvent<StatefulRedisConnection<?, ?>> event) {
        StatefulRedisConnection<?, ?> connection = event.getBean();
        connection.setTimeout(config.commandTimeout());
        return connection;
    }
}
