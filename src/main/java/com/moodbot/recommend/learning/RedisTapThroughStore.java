package com.moodbot.recommend.learning;

import com.moodbot.emotion.Emotion;
import com.moodbot.logging.LogThrottle;
import com.moodbot.recommend.Category;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With Redis: one hash per mood and category ({@code moodbot:learning:MOOD:CATEGORY}) shared by every
 * instance: {@code cards}, and per item {@code ITEM:s} (shows), {@code ITEM:t} (taps), {@code ITEM:at}
 * (when they were last decayed) and {@code ITEM:last} (its last card). A script decays and adds in one
 * step; counting never waits on Redis (a lost count costs a count, never a reply). Kept ten half-lives.
 */
@Singleton
@Requires(property = "redis.uri")
public class RedisTapThroughStore implements TapThroughStore {

    private static final Logger LOG = LoggerFactory.getLogger(RedisTapThroughStore.class);
    private static final String ADD = """
            local key, item = KEYS[1], ARGV[1]
            local now, half = tonumber(ARGV[2]), tonumber(ARGV[3])
            local v = redis.call('HMGET', key, item .. ':s', item .. ':t', item .. ':at')
            local at = tonumber(v[3]) or now
            local f, stamp = 1, ARGV[2]
            if now > at then f = math.pow(0.5, (now - at) / half) elseif now < at then stamp = v[3] end
            redis.call('HSET', key, item .. ':s', tostring((tonumber(v[1]) or 0) * f + tonumber(ARGV[4])),
                item .. ':t', tostring((tonumber(v[2]) or 0) * f + tonumber(ARGV[5])), item .. ':at', stamp)
            if ARGV[4] == '1' then
              redis.call('HSET', key, item .. ':last', tostring(redis.call('HINCRBY', key, 'cards', 1)))
            end
            redis.call('PEXPIRE', key, ARGV[6])
            return 1
            """;
    private final StatefulRedisConnection<String, String> redis;
    private final Clock clock;
    private final LearningConfig config;
    private final LogThrottle failures = new LogThrottle(Duration.ofMinutes(1));

    public RedisTapThroughStore(StatefulRedisConnection<String, String> redis, Clock clock, LearningConfig config) {
        this.redis = redis;
        this.clock = clock;
        this.config = config;
    }

    @Override
    public void shown(Emotion mood, Category category, String item) {
        add(mood, category, item, "1", "0");
    }

    @Override
    public void tapped(Emotion mood, Category category, String item) {
        add(mood, category, item, "0", "1");
    }

    private void add(Emotion mood, Category category, String item, String shows, String taps) {
        long halfLife = config.halfLife().toMillis();
        redis.async().eval(ADD, ScriptOutputType.INTEGER, new String[] {key(mood, category)}, item,
                        Long.toString(clock.millis()), Long.toString(halfLife), shows, taps, Long.toString(10 * halfLife))
                .exceptionally(e -> {
                    failures.warn(LOG, "add", "Show or tap not stored in Redis for learning ({})", e.toString());
                    return null;
                });
    }

    @Override
    public LearnedCounts read(Emotion mood, Category category) {
        Map<String, String> fields = redis.sync().hgetall(key(mood, category));
        long now = clock.millis();
        Map<String, ItemCounts> items = new HashMap<>();
        for (String field : fields.keySet()) {
            if (field.endsWith(":at")) {
                String item = field.substring(0, field.length() - 3);
                double f = config.decay(now - (long) number(fields, field));
                items.put(item, new ItemCounts(number(fields, item + ":s") * f, number(fields, item + ":t") * f,
                        (long) number(fields, item + ":last")));
            }
        }
        return new LearnedCounts((long) number(fields, "cards"), items);
    }

    private static double number(Map<String, String> fields, String field) {
        String value = fields.get(field);
        return value == null ? 0 : Double.parseDouble(value);
    }

    private static String key(Emotion mood, Category category) {
        return "moodbot:learning:" + mood.label() + ":" + category.label();
    }
}
