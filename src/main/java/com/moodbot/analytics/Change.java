package com.moodbot.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A figure in this period and in the one before it: the difference, and the relative change
 * ({@code difference / previous}). Not {@code comparable} when the period before had nothing to
 * compare with (no count, or a rate over nothing), or this one has a rate over nothing.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Change(double current, double previous, double difference, double relative, boolean comparable) {

    static Change ofCounts(long current, long previous) {
        return of(current, previous, previous > 0);
    }

    static Change ofRates(long part, long whole, long previousPart, long previousWhole) {
        return of(Figures.ratio(part, whole), Figures.ratio(previousPart, previousWhole), whole > 0 && previousWhole > 0);
    }

    private static Change of(double current, double previous, boolean comparable) {
        double difference = current - previous;
        return new Change(current, previous, difference, previous == 0 ? 0 : difference / previous, comparable);
    }
}
