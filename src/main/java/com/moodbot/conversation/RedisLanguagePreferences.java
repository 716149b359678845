package com.moodbot.conversation;

import com.moodbot.i18n.Language;
import io.lettuce.core.KeyValue;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * With Redis, shared by every instance: {@code moodbot:lang:PERSON} (a keyed hash), kept a year after the last
 * choice, and {@code moodbot:heard:PERSON}, 30 days after the last message in that language.
 */
@Singleton
@Requires(property = "redis.uri")
public class RedisLanguagePreferences implements LanguagePreferences {

    private static final long TTL_SECONDS = 365L * 24 * 3600;
    private static final long HEARD_TTL_SECONDS = 30L * 24 * 3600;
    private final StatefulRedisConnection<String, String> redis;

    public RedisLanguagePreferences(StatefulRedisConnection<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public Kept kept(String person) {
        List<KeyValue<String, String>> both = redis.sync().mget(key(person), heardKey(person));
        return new Kept(Language.parse(both.get(0).getValueOrElse(null)),
                Language.parse(both.get(1).getValueOrElse(null)));
    }

    @Override
    public void set(String person, Language language) {
        redis.sync().set(key(person), language.code(), SetArgs.Builder.ex(TTL_SECONDS));
        unhear(person);
    }

    @Override
    public boolean setIfNone(String person, Language language) {
        if (!"OK".equals(redis.sync().set(key(person), language.code(), SetArgs.Builder.nx().ex(TTL_SECONDS)))) {
            return false;
        }
        unhear(person);
        return true;
    }

    @Override
    public void hear(String person, Language language) {
        redis.sync().set(heardKey(person), language.code(), SetArgs.Builder.ex(HEARD_TTL_SECONDS));
    }

    @Override
    public void unhear(String person) {
        redis.sync().del(heardKey(person));
    }

    @Override
    public boolean erase(String person) {
        return redis.sync().del(key(person), heardKey(person)) > 0;
    }

    private static String key(String person) {
        return "moodbot:lang:" + person;
    }

    private static String heardKey(String person) {
        return "moodbot:heard:" + person;
    }
}
