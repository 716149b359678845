package com.moodbot.recommend;

import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Localized;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads {@code policy.yml}: one rule per detected emotion, and where learning from taps is off. */
final class PolicyReader {

    private static final Set<String> FIELDS = Set.of("draw_from", "categories", "line");
    private final YamlFile yaml;
    private final LocalizedReader translations;

    PolicyReader(YamlFile yaml) {
        this.yaml = yaml;
        this.translations = new LocalizedReader(yaml);
    }

    void read(Node root, Map<Emotion, MoodRule> out, Set<Category> learningOff) {
        Optional<Map<String, NodeTuple>> top = yaml.mapping(root, "the policy");
        top.ifPresent(t -> t.forEach((key, tuple) -> {
            if (!key.equals("moods") && !key.equals("learning")) {
                yaml.problem(tuple.getKeyNode(), "unknown field '" + key + "' (expected moods, learning)");
            }
        }));
        top.map(t -> t.get("learning")).ifPresent(t -> learning(t.getValueNode(), learningOff));
        Optional<NodeTuple> moods = top.map(m -> m.get("moods"));
        if (moods.isEmpty()) {
            yaml.problem(root, "missing 'moods:' with one rule per emotion");
            return;
        }
        yaml.mapping(moods.get().getValueNode(), "moods").ifPresent(rules -> {
            rules.forEach((name, tuple) -> Emotion.parse(name).ifPresentOrElse(
                    e -> rule(tuple.getValueNode()).ifPresent(r -> out.put(e, r)),
                    () -> yaml.problem(tuple.getKeyNode(), "unknown mood '" + name + "' (expected "
                            + CatalogLoader.moodNames() + ")")));
            for (Emotion e : Emotion.values()) {
                if (!rules.containsKey(e.label())) {
                    yaml.problem(moods.get().getKeyNode(), "no rule for mood '" + e.label() + "'");
                }
            }
        });
    }

    /** {@code learning: {film: true, food: false}}: categories left out keep learning. */
    private void learning(Node node, Set<Category> off) {
        if (!(node instanceof MappingNode)) {
            yaml.problem(node, "learning must be a mapping of category: true or false, like {food: false}");
            return;
        }
        yaml.mapping(node, "learning").ifPresent(entries -> entries.forEach((name, tuple) -> Category.parse(name)
                .ifPresentOrElse(c -> {
                    if (!yaml.flag(tuple, "learning for '" + name + "'")) {
                        off.add(c);
                    }
                }, () -> yaml.problem(tuple.getKeyNode(), "unknown category '" + name
                        + "' under learning (expected film, song, food, place)"))));
    }

    private Optional<MoodRule> rule(Node node) {
        Optional<Map<String, NodeTuple>> fields = yaml.mapping(node, "a mood rule");
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> f = fields.get();
        int before = yaml.problemCount();
        f.keySet().stream().filter(k -> !FIELDS.contains(k)).forEach(k -> yaml.problem(f.get(k).getKeyNode(),
                "unknown field '" + k + "' (expected draw_from, categories, line)"));
        List<Emotion> drawFrom = new ArrayList<>();
        list(f, "draw_from", node).forEach(s -> Emotion.parse(s.getValue()).ifPresentOrElse(drawFrom::add,
                () -> yaml.problem(s, "unknown mood '" + s.getValue() + "' (expected " + CatalogLoader.moodNames() + ")")));
        List<Category> categories = new ArrayList<>();
        list(f, "categories", node).forEach(s -> Category.parse(s.getValue()).ifPresentOrElse(categories::add,
                () -> yaml.problem(s, "unknown category '" + s.getValue() + "' (expected film, song, food, place)")));
        Localized line = null;
        if (!f.containsKey("line")) {
            yaml.problem(node, "missing line (what the bot says about this mood)");
        } else {
            line = translations.read(f.get("line"), "line", false, CatalogLoader.LINE_MAX).orElse(null);
        }
        return yaml.problemCount() > before ? Optional.empty() : Optional.of(new MoodRule(drawFrom, categories, line));
    }

    private List<ScalarNode> list(Map<String, NodeTuple> f, String field, Node rule) {
        NodeTuple t = f.get(field);
        if (t == null) {
            yaml.problem(rule, "missing " + field);
            return List.of();
        }
        List<ScalarNode> values = yaml.scalars(t.getValueNode(), field);
        if (values.isEmpty()) {
            yaml.problem(t.getValueNode(), field + " must not be empty");
        }
        return values;
    }
}
