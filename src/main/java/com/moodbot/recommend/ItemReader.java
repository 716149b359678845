package com.moodbot.recommend;

import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Localized;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads and checks the items of one catalog file. */
final class ItemReader {

    private static final Set<String> FIELDS = Set.of("id", "title", "description", "moods", "weight", "url", "image", "tags",
            "pin", "group");
    /** A link's length is bounded by its file's, not by Messenger as a title's is. */
    private static final int ANY_LENGTH = Integer.MAX_VALUE;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private final YamlFile yaml;
    private final LocalizedReader translations;
    private final Category category;
    private final Path dir;
    private final Map<String, Integer> seenIds = new HashMap<>();

    ItemReader(YamlFile yaml, Category category, Path dir) {
        this.yaml = yaml;
        this.translations = new LocalizedReader(yaml);
        this.category = category;
        this.dir = dir;
    }

    void read(Node root, Map<Category, List<CatalogItem>> out, Map<Category, Integer> itemsLine) {
        yaml.mapping(root, "file.not-mapping").ifPresent(top -> {
            top.keySet().stream().filter(k -> !k.equals("category") && !k.equals("items"))
                    .forEach(k -> yaml.problem(top.get(k).getKeyNode(), "items.unknown-field", k));
            NodeTuple declared = top.get("category");
            if (declared != null) {
                yaml.scalar(declared.getValueNode(), "category").filter(c -> !c.equals(category.label()))
                        .ifPresent(c -> yaml.problem(declared.getValueNode(), "items.wrong-category", c,
                                category.label()));
            }
            NodeTuple items = top.get("items");
            if (items == null || !(items.getValueNode() instanceof SequenceNode seq)) {
                yaml.problem(items == null ? root : items.getValueNode(), "items.not-list");
                return;
            }
            itemsLine.put(category, YamlFile.line(items.getKeyNode()));
            List<CatalogItem> list = new ArrayList<>();
            for (Node node : seq.getValue()) {
                item(node).ifPresent(list::add);
            }
            out.put(category, list);
        });
    }

    private Optional<CatalogItem> item(Node node) {
        Optional<Map<String, NodeTuple>> fields = yaml.mapping(node, "item.not-mapping");
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> f = fields.get();
        int problemsBefore = problemCount();
        f.keySet().stream().filter(k -> !FIELDS.contains(k)).forEach(k -> yaml.problem(f.get(k).getKeyNode(),
                "item.unknown-field", k));
        String id = text(f, "id", node).orElse(null);
        if (id != null) {
            int line = YamlFile.line(f.get("id").getValueNode());
            if (!ID.matcher(id).matches()) {
                yaml.problem(line, "item.bad-id", id);
            } else if (seenIds.containsKey(id)) {
                yaml.problem(line, "item.duplicate-id", id, seenIds.get(id));
            } else {
                seenIds.put(id, line);
            }
        }
        Localized title = localized(f, "title", node, true, CatalogLoader.TITLE_MAX, LocalizedReader.ANY_TEXT);
        Localized description = f.containsKey("description")
                ? localized(f, "description", node, false, CatalogLoader.DESCRIPTION_MAX, LocalizedReader.ANY_TEXT)
                : Localized.same("");
        Set<Emotion> moods = moods(f, node);
        double weight = weight(f);
        Localized url = localized(f, "url", node, true, ANY_LENGTH, (u, where) -> Optional.of(CheckMessage.of(
                "item.bad-url", u, where)).filter(p -> !CatalogLoader.isWebUrl(u, Set.of("http", "https"))));
        Optional<String> image = optionalText(f, "image");
        image.ifPresent(i -> (LocalImages.isLocal(i) ? LocalImages.problem(dir, i)
                : Optional.of(CheckMessage.of("item.bad-image-url", i))
                        .filter(p -> !CatalogLoader.isWebUrl(i, Set.of("https"))))
                .ifPresent(p -> yaml.problem(f.get("image").getValueNode(), p)));
        boolean pinned = f.containsKey("pin") && yaml.flag(f.get("pin"), "pin");
        boolean group = f.containsKey("group") && yaml.flag(f.get("group"), "group");
        List<String> tags = f.containsKey("tags") ? yaml.scalars(f.get("tags").getValueNode(), "tags").stream()
                .map(ScalarNode::getValue).toList() : List.of();
        if (problemCount() > problemsBefore) {
            return Optional.empty();
        }
        return Optional.of(new CatalogItem(id, category, title, description, moods, weight, url, image, tags, pinned, group));
    }

    private Set<Emotion> moods(Map<String, NodeTuple> f, Node item) {
        NodeTuple t = f.get("moods");
        if (t == null) {
            yaml.problem(item, "field.missing", "moods");
            return Set.of();
        }
        Set<Emotion> moods = new LinkedHashSet<>(); // in the file's order, which an edit in the editor keeps
        List<ScalarNode> names = yaml.scalars(t.getValueNode(), "moods");
        for (ScalarNode s : names) {
            Emotion.parse(s.getValue()).ifPresentOrElse(moods::add, () -> yaml.problem(s,
                    "mood.unknown", s.getValue(), CatalogLoader.moodNames()));
        }
        if (names.isEmpty() && t.getValueNode() instanceof SequenceNode) {
            yaml.problem(t.getValueNode(), "item.no-moods");
        }
        return moods;
    }

    private double weight(Map<String, NodeTuple> f) {
        NodeTuple t = f.get("weight");
        if (t == null) {
            return 1.0;
        }
        Optional<String> text = yaml.scalar(t.getValueNode(), "weight");
        try {
            double w = Double.parseDouble(text.orElse("x"));
            if (w > 0 && Double.isFinite(w)) {
                return w;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        yaml.problem(t.getValueNode(), "item.bad-weight");
        return 1.0;
    }

    private Optional<String> text(Map<String, NodeTuple> f, String field, Node item) {
        NodeTuple t = f.get(field);
        if (t == null) {
            yaml.problem(item, "field.missing", field);
            return Optional.empty();
        }
        Optional<String> value = yaml.scalar(t.getValueNode(), field).map(String::strip);
        if (value.isPresent() && value.get().isEmpty()) {
            yaml.problem(t.getValueNode(), "field.empty", field);
            return Optional.empty();
        }
        return value;
    }

    /** Titles and links may be one for every language; descriptions need each language. */
    private Localized localized(Map<String, NodeTuple> f, String field, Node item, boolean sameAllowed, int max,
                                LocalizedReader.Rule rule) {
        NodeTuple t = f.get(field);
        if (t == null) {
            yaml.problem(item, "field.missing", field);
            return null;
        }
        return translations.read(t, field, sameAllowed, max, rule).orElse(null);
    }

    private Optional<String> optionalText(Map<String, NodeTuple> f, String field) {
        NodeTuple t = f.get(field);
        return t == null ? Optional.empty() : yaml.scalar(t.getValueNode(), field).map(String::strip).filter(s -> !s.isEmpty());
    }

    private int problemCount() {
        return yaml.problemCount();
    }
}
