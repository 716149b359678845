package com.moodbot.conversation;

import com.moodbot.recommend.Category;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Optional;

/** With Redis, shared by every instance: {@code moodbot:asked:PERSON} (a keyed hash), expiring after {@link #KEPT}. */
@Singleton
@Requires(property = "redis.uri")
public class RedisAskedKinds implements AskedKinds {

    private final StatefulRedisConnection<String, String> redis;

    public RedisAskedKinds(StatefulRedisConnection<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public void asked(String person, Category kind) {
        redis.sync().set(key(person), kind.label(), SetArgs.Builder.ex(KEPT));
    }

    @Override
    public Optional<Category> take(String person) {
        return Optional.ofNullable(redis.sync().getdel(key(person))).flatMap(Category::parse);
    }

    @Override
    public boolean erase(String person) {
        return redis.sync().del(key(person)) > 0;
    }

    private static String key(String person) {
        return "moodbot:asked:" + person;
    }
}
