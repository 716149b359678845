package com.moodbot.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.Category;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The figures page's data for a {@link Period} ({@code from} included, {@code to} excluded):
 * detected moods per bin ({@code bin}: hour or day, {@code bins}: each bin's start), photo results,
 * cards shown and tapped per category (every category, at 0 too) and per item (the most tapped
 * first, then the best tap-through), the "not my mood" matrix (rows: detected, columns: chosen, in
 * {@link Emotion} order) for Messenger with Instagram and the web page apart, each channel's figures, the daily
 * "not my mood" rate, and the change against the period before. Every field is always there, empty
 * or zero on a fresh install (serde leaves empty ones out unless told).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UsageReport(String from, String to, String bin, List<String> bins, Map<String, long[]> moods,
                          Map<String, Long> photos, double noFaceRate, double unreadableRate, double notMyMoodRate,
                          List<Row> categories, List<Row> items, List<String> moodLabels, long[][] corrections,
                          long[][] webCorrections, List<ChannelFigures> channels, DailyRates notMyMoodDaily,
                          Comparison comparison) {

    static final int TOP_ITEMS = 25;
    private static final Pattern SPLIT = Pattern.compile(Pattern.quote(Usage.SEP));

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Row(String category, String mood, String item, String title, long shown, long taps,
                      double tapRate) {

        /** Most taps first, then the best tap-through, then most shown; ties by name, so the order is stable. */
        static final Comparator<Row> MOST_TAPPED = Comparator.comparingLong(Row::taps).reversed()
                .thenComparing(Comparator.comparingDouble(Row::tapRate).reversed())
                .thenComparing(Comparator.comparingLong(Row::shown).reversed())
                .thenComparing(Row::category).thenComparing(Row::item);
    }

    /** {@code counts} holds the period and the one before it. */
    static UsageReport of(Period period, Map<Long, Map<String, Long>> counts, Function<String, String> titles) {
        List<Long> starts = period.binStarts();
        Map<String, long[]> moods = new LinkedHashMap<>();
        Arrays.stream(Emotion.values()).forEach(e -> moods.put(e.label(), new long[starts.size()]));
        Map<String, Long> photos = new TreeMap<>();
        Map<String, long[]> categories = new LinkedHashMap<>();
        Arrays.stream(Category.values()).forEach(c -> categories.put(c.label(), new long[2]));
        Map<String, long[]> items = new TreeMap<>();
        long[][] corrections = new long[Emotion.COUNT][Emotion.COUNT];
        long[][] webCorrections = new long[Emotion.COUNT][Emotion.COUNT];
        counts.forEach((hour, fields) -> fields.forEach((field, count) -> {
            if (!period.contains(hour)) {
                return;
            }
            String[] p = SPLIT.split(field, 4);
            switch (p[0]) {
                case "photo" -> photos.merge(p[1], count, Long::sum);
                case "mood" -> {
                    long[] series = moods.get(p[1]);
                    if (series != null) {
                        series[period.binOf(hour)] += count;
                    }
                }
                case "shown", "tap" -> {
                    int column = p[0].equals("shown") ? 0 : 1;
                    categories.computeIfAbsent(p[1], k -> new long[2])[column] += count;
                    items.computeIfAbsent(String.join(Usage.SEP, p[1], p[2], p[3]), k -> new long[2])[column] += count;
                }
                case "wrong", "wrong_web" -> {
                    long[][] matrix = p[0].equals("wrong") ? corrections : webCorrections;
                    Emotion.parse(p[1]).ifPresent(d -> Emotion.parse(p[2])
                            .ifPresent(c -> matrix[d.ordinal()][c.ordinal()] += count));
                }
                default -> { }
            }
        }));
        List<Row> categoryRows = new ArrayList<>();
        categories.forEach((c, v) -> categoryRows.add(new Row(c, null, null, null, v[0], v[1], rate(v))));
        List<Row> itemRows = new ArrayList<>();
        items.forEach((key, v) -> {
            String[] p = SPLIT.split(key, 3);
            itemRows.add(new Row(p[0], p[1], p[2], titles.apply(p[2]), v[0], v[1], rate(v)));
        });
        itemRows.sort(Row.MOST_TAPPED);

        Figures now = Figures.of(counts, period.from(), period.to());
        Period previous = period.previous();
        Figures before = Figures.of(counts, previous.from(), previous.to());
        return new UsageReport(instant(period.from()), instant(period.to() + 1), period.bin().label(),
                starts.stream().map(UsageReport::instant).toList(), moods, photos,
                Figures.ratio(now.noFace(), now.photos()), Figures.ratio(now.unreadable(), now.photos()),
                Figures.ratio(now.corrections(), now.faces()), List.copyOf(categoryRows),
                List.copyOf(itemRows.subList(0, Math.min(TOP_ITEMS, itemRows.size()))),
                Arrays.stream(Emotion.values()).map(Emotion::label).toList(), corrections, webCorrections,
                List.of(now.messenger(), now.web(), now.instagram()), DailyRates.of(period, counts),
                Comparison.of(previous, now, before));
    }

    static String instant(long hour) {
        return Instant.ofEpochSecond(hour * 3600).toString();
    }

    private static double rate(long[] shownAndTaps) {
        return Figures.ratio(shownAndTaps[1], shownAndTaps[0]);
    }
}
