package com.moodbot.album;

import io.micronaut.serde.annotation.Serdeable;

/** A photo and how strongly its most telling face shows the chosen emotion. */
@Serdeable
public record ScoredPhoto(String file, double score, int faces) {
}
