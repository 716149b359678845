package com.moodbot.analytics;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/** Without Redis: this process's counts only, gone at restart. */
@Singleton
@Requires(missingProperty = "redis.uri")
public class InMemoryUsageCounters implements UsageCounters {

    private final ConcurrentSkipListMap<Long, Map<String, LongAdder>> hours = new ConcurrentSkipListMap<>();

    @Override
    public void add(long hour, String field, long n) {
        Map<String, LongAdder> fields = hours.get(hour);
        if (fields == null) {
            // a new hour: the time to let the oldest one go
            fields = hours.computeIfAbsent(hour, h -> new ConcurrentHashMap<>());
            hours.headMap(hour - KEEP_HOURS).clear();
        }
        fields.computeIfAbsent(field, f -> new LongAdder()).add(n);
    }

    @Override
    public Map<Long, Map<String, Long>> read(long fromHour, long toHour) {
        Map<Long, Map<String, Long>> out = new HashMap<>();
        hours.subMap(fromHour, true, toHour, true).forEach((hour, fields) -> {
            Map<String, Long> counts = new HashMap<>();
            fields.forEach((field, n) -> counts.put(field, n.sum()));
            out.put(hour, counts);
        });
        return out;
    }
}
