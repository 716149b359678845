package com.moodbot.web;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * With Redis: one counter shared by every instance, {@code moodbot:admin:session-generation}. It
 * expires one session lifetime after it was last advanced or read for a new session: by then every
 * session issued under it has expired too, so starting again from 0 revives none.
 */
@Singleton
@Requires(property = "redis.uri")
public class RedisSessionGenerations implements SessionGenerations {

    static final String KEY = "moodbot:admin:session-generation";
    private static final String FOR_NEW_SESSION = """
            local g = redis.call('GET', KEYS[1])
            if not g then return 0 end
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return tonumber(g)""";
    private static final String ADVANCE = """
            local g = redis.call('INCR', KEYS[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return g""";
    private final StatefulRedisConnection<String, String> redis;

    public RedisSessionGenerations(StatefulRedisConnection<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public long current() {
        String generation = redis.sync().get(KEY);
        return generation == null ? 0 : Long.parseLong(generation);
    }

    @Override
    public long forNewSession() {
        return redis.sync().<Long>eval(FOR_NEW_SESSION, ScriptOutputType.INTEGER, new String[] {KEY}, lifetime());
    }

    @Override
    public void advance() {
        redis.sync().<Long>eval(ADVANCE, ScriptOutputType.INTEGER, new String[] {KEY}, lifetime());
    }

    private static String lifetime() {
        return Long.toString(AdminSessions.LIFETIME.toMillis());
    }
}
