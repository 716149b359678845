package com.moodbot.recommend;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the admin endpoint reports about the catalogs in service. */
@Serdeable
public record CatalogStatus(String dir, Instant loadedAt, Instant lastCheck, String lastResult,
                            List<String> problems, Map<String, Map<String, Integer>> counts) {
}
