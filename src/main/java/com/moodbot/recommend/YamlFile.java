package com.moodbot.recommend;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A YAML file read as a node tree, so every value keeps its line number for error messages. */
final class YamlFile {

    private final String name;
    private final List<CatalogProblem> problems;
    /** 1 MiB: far more than a catalog needs, far less than would hurt to parse every poll. */
    static final int MAX_BYTES = 1 << 20;

    YamlFile(String name, List<CatalogProblem> problems) {
        this.name = name;
        this.problems = problems;
    }

    Optional<Node> parse(byte[] content) {
        if (content.length > MAX_BYTES) {
            problem(1, "file.too-big", MAX_BYTES);
            return Optional.empty();
        }
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            Node root = CatalogYaml.parser().compose(reader);
            if (root == null) {
                problem(1, "file.empty");
            }
            return Optional.ofNullable(root);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        } catch (YAMLException e) {
            YamlFailure failure = YamlFailure.of(e, new String(content, StandardCharsets.UTF_8));
            problem(failure.line(), failure.what());
            return Optional.empty();
        }
    }

    void problem(int line, String key, Object... values) {
        problem(line, CheckMessage.of(key, values));
    }

    void problem(Node node, CheckMessage what) {
        problem(line(node), what);
    }

    private void problem(int line, CheckMessage what) {
        problems.add(new CatalogProblem(name, line, what));
    }

    int problemCount() {
        return problems.size();
    }

    void problem(Node node, String key, Object... values) {
        problem(line(node), key, values);
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** The mapping's entries by key, or empty (with the problem {@code notMapping}) when the node is not a mapping. */
    Optional<Map<String, NodeTuple>> mapping(Node node, String notMapping, Object... values) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, notMapping, values);
            return Optional.empty();
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key) {
                entries.put(key.getValue(), t);
            } else {
                problem(t.getKeyNode(), "yaml.key-not-plain");
            }
        }
        return Optional.of(entries);
    }

    Optional<String> scalar(Node node, String field) {
        if (node instanceof ScalarNode s) {
            return Optional.of(s.getValue());
        }
        problem(node, "yaml.not-single", field);
        return Optional.empty();
    }

    /** {@code true} or {@code false}, nothing else (not yes, on or 1); anything else is a problem and false. */
    boolean flag(NodeTuple tuple, String field) {
        Node node = tuple.getValueNode();
        Optional<String> value = node instanceof ScalarNode s ? Optional.of(s.getValue().strip()) : Optional.empty();
        if (value.filter(v -> v.equals("true") || v.equals("false")).isEmpty()) {
            value.ifPresentOrElse(v -> problem(node, "yaml.not-flag", field, v), () -> problem(node, "yaml.flag-not-single", field));
            return false;
        }
        return value.get().equals("true");
    }

    List<ScalarNode> scalars(Node node, String field) {
        if (node instanceof SequenceNode seq) {
            List<ScalarNode> out = new ArrayList<>();
            for (Node n : seq.getValue()) {
                if (n instanceof ScalarNode s) {
                    out.add(s);
                } else {
                    problem(n, "yaml.entry-not-single", field);
                }
            }
            return out;
        }
        if (node instanceof ScalarNode s) {
            return List.of(s);
        }
        problem(node, "yaml.not-list", field);
        return List.of();
    }
}
