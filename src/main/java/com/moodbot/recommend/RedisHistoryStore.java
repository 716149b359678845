package com.moodbot.recommend;

import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Recommendation history in Redis, so that several instances never repeat an item for a person:
 * one set per person and list, plus an index of a person's lists for erasure. Kept 30 days.
 */
public final class RedisHistoryStore implements HistoryStore {

    private static final long TTL_SECONDS = 30L * 24 * 3600;
    private final Supplier<StatefulRedisConnection<String, String>> redis;

    /** @param redis connected at the first use, so a command that never recommends for Messenger never connects */
    public RedisHistoryStore(Supplier<StatefulRedisConnection<String, String>> redis) {
        this.redis = redis;
    }

    @Override
    public Set<String> seen(String person, String listKey) {
        return redis.get().sync().smembers(key(person, listKey));
    }

    @Override
    public Set<String> seenIn(String person, String prefix) {
        RedisCommands<String, String> r = redis.get().sync();
        String[] keys = r.smembers(index(person)).stream().filter(k -> k.startsWith(prefix))
                .map(k -> key(person, k)).toArray(String[]::new);
        return keys.length == 0 ? Set.of() : r.sunion(keys);
    }

    @Override
    public void markSeen(String person, String listKey, String itemId) {
        RedisCommands<String, String> r = redis.get().sync();
        String key = key(person, listKey);
        r.sadd(key, itemId);
        r.expire(key, TTL_SECONDS);
        r.sadd(index(person), listKey);
        r.expire(index(person), TTL_SECONDS);
    }

    @Override
    public void reset(String person, String listKey) {
        redis.get().sync().del(key(person, listKey));
    }

    @Override
    public int erase(String person) {
        RedisCommands<String, String> r = redis.get().sync();
        int erased = 0;
        for (String listKey : r.smembers(index(person))) {
            erased += r.del(key(person, listKey)).intValue();
        }
        r.del(index(person));
        return erased;
    }

    private static String key(String person, String listKey) {
        return "moodbot:history:" + person + ":" + listKey;
    }

    private static String index(String person) {
        return "moodbot:history:" + person;
    }
}
