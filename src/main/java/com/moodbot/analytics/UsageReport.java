package com.moodbot.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.moodbot.emotion.Emotion;
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
 * The analytics page's data: per-hour moods, photo results, cards shown and tapped (per category
 * and per item, with the tap-through rate) and the "not my mood" matrix (rows: detected, columns:
 * chosen, in {@link Emotion} order), Messenger's and the web page's apart. Every field is always
 * there, empty or zero on a fresh install (serde leaves empty ones out unless told).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UsageReport(List<String> hours, Map<String, long[]> moods, Map<String, Long> photos,
                          double noFaceRate, double unreadableRate, List<Row> categories, List<Row> items,
                          List<String> moodLabels, long[][] corrections, long[][] webCorrections) {

    private static final Pattern SPLIT = Pattern.compile(Pattern.quote(Usage.SEP));

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Row(String category, String mood, String item, String title, long shown, long taps,
                      double tapRate) {
    }

    static UsageReport of(long from, long to, Map<Long, Map<String, Long>> counts, Function<String, String> titles) {
        int n = (int) (to - from + 1);
        List<String> hours = new ArrayList<>();
        for (long h = from; h <= to; h++) {
            hours.add(Instant.ofEpochSecond(h * 3600).toString());
        }
        Map<String, long[]> moods = new LinkedHashMap<>();
        Arrays.stream(Emotion.values()).forEach(e -> moods.put(e.label(), new long[n]));
        Map<String, Long> photos = new TreeMap<>();
        Map<String, long[]> categories = new TreeMap<>();
        Map<String, long[]> items = new TreeMap<>();
        long[][] corrections = new long[Emotion.COUNT][Emotion.COUNT];
        long[][] webCorrections = new long[Emotion.COUNT][Emotion.COUNT];
        counts.forEach((hour, fields) -> fields.forEach((field, count) -> {
            String[] p = SPLIT.split(field, 4);
            switch (p[0]) {
                case "photo" -> photos.merge(p[1], count, Long::sum);
                case "mood" -> {
                    long[] series = moods.get(p[1]);
                    if (series != null) {
                        series[(int) (hour - from)] += count;
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
        long total = photos.values().stream().mapToLong(Long::longValue).sum();
        long noFace = photos.getOrDefault("no_face", 0L) + photos.getOrDefault("too_small", 0L);
        long unreadable = total - noFace - photos.getOrDefault("face", 0L);
        List<Row> categoryRows = new ArrayList<>();
        categories.forEach((c, v) -> categoryRows.add(new Row(c, null, null, null, v[0], v[1], rate(v))));
        List<Row> itemRows = new ArrayList<>();
        items.forEach((key, v) -> {
            String[] p = SPLIT.split(key, 3);
            itemRows.add(new Row(p[0], p[1], p[2], titles.apply(p[2]), v[0], v[1], rate(v)));
        });
        itemRows.sort(Comparator.comparingLong(Row::taps).thenComparingLong(Row::shown).reversed());
        return new UsageReport(hours, moods, photos, ratio(noFace, total), ratio(unreadable, total), categoryRows,
                List.copyOf(itemRows.subList(0, Math.min(25, itemRows.size()))),
                Arrays.stream(Emotion.values()).map(Emotion::label).toList(), corrections, webCorrections);
    }

    private static double rate(long[] shownAndTaps) {
        return ratio(shownAndTaps[1], shownAndTaps[0]);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
