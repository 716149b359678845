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
        Optional<Map<String, NodeTuple>> top = yaml.mapping(root, "policy.not-mapping");
        top.ifPresent(t -> t.forEach((key, tuple) -> {
            if (!key.equals("moods") && !key.equals("learning")) {
                yaml.problem(tuple.getKeyNode(), "policy.unknown-field", key);
            }
        }));
        top.map(t -> t.get("learning")).ifPresent(t -> learning(t.getValueNode(), learningOff));
        Optional<NodeTuple> moods = top.map(m -> m.get("moods"));
        if (moods.isEmpty()) {
            yaml.problem(root, "policy.no-moods");
            return;
        }
        yaml.mapping(moods.get().getValueNode(), "yaml.not-mapping", "moods").ifPresent(rules -> {
            rules.forEach((name, tuple) -> Emotion.parse(name).ifPresentOrElse(
                    e -> rule(tuple.getValueNode()).ifPresent(r -> out.put(e, r)),
                    () -> yaml.problem(tuple.getKeyNode(), "mood.unknown", name,
                            CatalogLoader.moodNames())));
            for (Emotion e : Emotion.values()) {
                if (!rules.containsKey(e.label())) {
                    yaml.problem(moods.get().getKeyNode(), "policy.no-rule", e.label());
                }
            }
        });
    }

    /** {@code learning: {film: true, food: false}}: categories left out keep learning. */
    private void learning(Node node, Set<Category> off) {
        if (!(node instanceof MappingNode)) {
            yaml.problem(node, "policy.learning-not-mapping");
            return;
        }
        yaml.mapping(node, "yaml.not-mapping", "learning").ifPresent(entries -> entries.forEach((name, tuple) -> Category.parse(name)
                .ifPresentOrElse(c -> {
                    if (!yaml.flag(tuple, "learning." + name)) {
                        off.add(c);
                    }
                }, () -> yaml.problem(tuple.getKeyNode(), "policy.learning-unknown", name))));
    }

    private Optional<MoodRule> rule(Node node) {
        Optional<Map<String, NodeTuple>> fields = yaml.mapping(node, "rule.not-mapping");
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> f = fields.get();
        int before = yaml.problemCount();
        f.keySet().stream().filter(k -> !FIELDS.contains(k)).forEach(k -> yaml.problem(f.get(k).getKeyNode(),
                "rule.unknown-field", k));
        List<Emotion> drawFrom = new ArrayList<>();
        list(f, "draw_from", node).forEach(s -> Emotion.parse(s.getValue()).ifPresentOrElse(drawFrom::add,
                () -> yaml.problem(s, "mood.unknown", s.getValue(), CatalogLoader.moodNames())));
        List<Category> categories = new ArrayList<>();
        list(f, "categories", node).forEach(s -> Category.parse(s.getValue()).ifPresentOrElse(categories::add,
                () -> yaml.problem(s, "category.unknown", s.getValue())));
        Localized line = null;
        if (!f.containsKey("line")) {
            yaml.problem(node, "rule.no-line");
        } else {
            line = translations.read(f.get("line"), "line", false, CatalogLoader.LINE_MAX, LocalizedReader.ANY_TEXT)
                    .orElse(null);
        }
        return yaml.problemCount() > before ? Optional.empty() : Optional.of(new MoodRule(drawFrom, categories, line));
    }

    private List<ScalarNode> list(Map<String, NodeTuple> f, String field, Node rule) {
        NodeTuple t = f.get(field);
        if (t == null) {
            yaml.problem(rule, "field.missing", field);
            return List.of();
        }
        List<ScalarNode> values = yaml.scalars(t.getValueNode(), field);
        if (values.isEmpty()) {
            yaml.problem(t.getValueNode(), "yaml.empty-list", field);
        }
        return values;
    }
}
