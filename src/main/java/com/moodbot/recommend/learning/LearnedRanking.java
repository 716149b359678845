package com.moodbot.recommend.learning;

import com.moodbot.i18n.Language;
import com.moodbot.recommend.CatalogItem;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one mood and category has learned, for {@code /admin}: items by estimated tap-through
 * (pinned first), each with decayed shows and taps, the posterior mean and its 90% credible interval,
 * and a status: {@code pinned}, {@code new} (not yet shown to anyone: ranked by its weight alone),
 * {@code leads}, {@code exploring} (its interval still reaches the leader's: it may yet be the best,
 * and is still drawn now and then), {@code behind} (shown at the exploration floor only), or
 * {@code weighted} where learning is off.
 */
@Serdeable
public record LearnedRanking(String mood, String category, boolean learning, List<Row> items) {

    public LearnedRanking {
        items = List.copyOf(items);
    }

    @Serdeable
    public record Row(String item, String title, double shows, double taps, double tapThrough, double low,
                      double high, String status) {
    }

    public static LearnedRanking of(String mood, String category, boolean learning, List<CatalogItem> candidates,
                                    LearnedCounts counts, LearningConfig config, Language language) {
        List<Row> rows = new ArrayList<>();
        for (CatalogItem item : candidates) {
            ItemCounts c = counts.item(item.id());
            BetaPosterior belief = config.posterior(item.weight(), c);
            String status = item.pinned() ? "pinned" : !learning ? "weighted" : c.shows() == 0 ? "new" : "";
            rows.add(new Row(item.id(), item.title().in(language), c.shows(), c.taps(), belief.mean(),
                    belief.quantile(0.05), belief.quantile(0.95), status));
        }
        rows.sort(Comparator.comparing((Row r) -> !r.status().equals("pinned"))
                .thenComparing(Comparator.comparingDouble(Row::tapThrough).reversed()));
        Row leader = rows.stream().filter(r -> r.status().isEmpty()).findFirst().orElse(null);
        List<Row> out = rows.stream().map(r -> !r.status().isEmpty() ? r : new Row(r.item(), r.title(), r.shows(),
                r.taps(), r.tapThrough(), r.low(), r.high(), r == leader ? "leads"
                : r.high() >= leader.low() ? "exploring" : "behind")).toList();
        return new LearnedRanking(mood, category, learning, out);
    }
}
