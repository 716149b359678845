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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
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
            problem(1, "file is over the " + MAX_BYTES + " bytes a catalog file may have");
            return Optional.empty();
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                problem(1, "file is empty");
            }
            return Optional.ofNullable(root);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            problem(line, "YAML syntax error: " + e.getProblem());
            return Optional.empty();
        }
    }

    void problem(int line, String message) {
        problems.add(new CatalogProblem(name, line, message));
    }

    int problemCount() {
        return problems.size();
    }

    void problem(Node node, String message) {
        problem(line(node), message);
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** The mapping's entries by key, or empty (with a problem) when the node is not a mapping. */
    Optional<Map<String, NodeTuple>> mapping(Node node, String what) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, what + " must be a mapping of key: value");
            return Optional.empty();
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key) {
                entries.put(key.getValue(), t);
            } else {
                problem(t.getKeyNode(), "keys must be plain names");
            }
        }
        return Optional.of(entries);
    }

    Optional<String> scalar(Node node, String field) {
        if (node instanceof ScalarNode s) {
            return Optional.of(s.getValue());
        }
        problem(node, field + " must be a single value");
        return Optional.empty();
    }

    /** {@code true} or {@code false}, nothing else (not yes, on or 1); anything else is a problem and false. */
    boolean flag(NodeTuple tuple, String field) {
        Node node = tuple.getValueNode();
        Optional<String> value = node instanceof ScalarNode s ? Optional.of(s.getValue().strip()) : Optional.empty();
        if (value.filter(v -> v.equals("true") || v.equals("false")).isEmpty()) {
            problem(node, field + " must be true or false, not " + value.map(v -> "'" + v + "'").orElse("a list or mapping"));
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
                    problem(n, field + " entries must be single values");
                }
            }
            return out;
        }
        if (node instanceof ScalarNode s) {
            return List.of(s);
        }
        problem(node, field + " must be a list like [a, b]");
        return List.of();
    }
}
