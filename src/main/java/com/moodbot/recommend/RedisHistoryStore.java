package com.moodbot.recommend;

import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.HashMap;
import java.util.Map;
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

    /** Two round trips: the person's index of lists, then the lists that match, pipelined. */
    @Override
    public Map<String, Set<String>> lists(String person, String prefix) {
        StatefulRedisConnection<String, String> c = redis.get();
        Map<String, RedisFuture<Set<String>>> asked = new HashMap<>();
        for (String listKey : c.sync().smembers(index(person))) {
            if (listKey.startsWith(prefix)) {
                asked.put(listKey, c.async().smembers(key(person, listKey)));
            }
        }
        if (!LettuceFutures.awaitAll(c.getTimeout(), asked.values().toArray(RedisFuture[]::new))) {
            throw new RedisCommandTimeoutException("the lists of a person's history");
        }
        Map<String, Set<String>> lists = new HashMap<>();
        asked.forEach((listKey, members) -> lists.put(listKey, members.toCompletableFuture().join()));
        return lists;
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
