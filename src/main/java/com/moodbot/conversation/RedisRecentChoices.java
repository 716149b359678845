package com.moodbot.conversation;

import com.moodbot.recommend.Category;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * With Redis, shared by every instance, each expiring after {@link #KEPT}: {@code moodbot:asked:PERSON} (a keyed
 * hash), the kind asked about, and {@code moodbot:card:PERSON}, the last card's button payloads, one per line.
 */
@Singleton
@Requires(property = "redis.uri")
public class RedisRecentChoices implements RecentChoices {

    private final StatefulRedisConnection<String, String> redis;

    public RedisRecentChoices(StatefulRedisConnection<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public void asked(String person, Category kind) {
        redis.sync().set(askedKey(person), kind.label(), SetArgs.Builder.ex(KEPT));
    }

    @Override
    public Optional<Category> takeAsked(String person) {
        return Optional.ofNullable(redis.sync().getdel(askedKey(person))).flatMap(Category::parse);
    }

    @Override
    public void shown(String person, List<String> buttons) {
        redis.sync().set(cardKey(person), String.join("\n", buttons), SetArgs.Builder.ex(KEPT));
    }

    @Override
    public List<String> shown(String person) {
        String buttons = redis.sync().get(cardKey(person));
        return buttons == null || buttons.isEmpty() ? List.of() : List.of(buttons.split("\n"));
    }

    @Override
    public int erase(String person) {
        return redis.sync().del(askedKey(person), cardKey(person)).intValue();
    }

    private static String askedKey(String person) {
        return "moodbot:asked:" + person;
    }

    private static String cardKey(String person) {
        return "moodbot:card:" + person;
    }
}
