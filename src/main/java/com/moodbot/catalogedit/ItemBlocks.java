package com.moodbot.catalogedit;

import com.moodbot.recommend.CatalogYaml;
import com.moodbot.recommend.CheckMessage;
import com.moodbot.recommend.YamlFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where each item of a catalog file sits in its text, from SnakeYAML's node marks: an item's block
 * runs from its {@code -} line to the line before the next item, less the blank and comment lines
 * at its end (those introduce the next item or close the list, so they stay where they are).
 */
final class ItemBlocks {

    /** Lines {@code [start, end)}, 0-based; {@code dash} and {@code fields} are its indentation. */
    record Block(String id, int start, int end, int dash, int fields) {
        boolean covers(int line1Based) {
            return line1Based > start && line1Based <= end;
        }
    }

    /** The items in file order; {@code itemsKeyLine} is the 0-based line of {@code items:}. */
    record Layout(List<Block> blocks, int itemsKeyLine, boolean empty) {
        Optional<Block> find(String id) {
            return blocks.stream().filter(b -> b.id().equals(id)).findFirst();
        }
    }

    /** The file is not a list of items that can be edited in place; the message says why and where. */
    static final class UneditableException extends Exception {
        final int line;
        final CheckMessage what;

        UneditableException(int line, CheckMessage what) {
            super(what.toString());
            this.line = line;
            this.what = what;
        }
    }

    private ItemBlocks() {
    }

    static Layout of(List<String> lines) throws UneditableException {
        Node root;
        String text = String.join("\n", lines);
        try {
            root = CatalogYaml.parser().compose(new java.io.StringReader(text));
        } catch (YAMLException e) {
            YamlFailure failure = YamlFailure.of(e, text);
            throw new UneditableException(failure.line(), failure.what());
        }
        if (!(root instanceof MappingNode top)) {
            throw new UneditableException(1, CheckMessage.of("file.not-items"));
        }
        for (NodeTuple t : top.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("items")) {
                return layout(lines, t);
            }
        }
        throw new UneditableException(1, CheckMessage.of("file.no-items"));
    }

    private static Layout layout(List<String> lines, NodeTuple items) throws UneditableException {
        int keyLine = items.getKeyNode().getStartMark().getLine();
        Node value = items.getValueNode();
        if (value instanceof ScalarNode s && s.getValue().isEmpty()
                || value instanceof SequenceNode q && q.getValue().isEmpty()) {
            return new Layout(List.of(), keyLine, true);
        }
        if (!(value instanceof SequenceNode seq) || seq.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW) {
            throw new UneditableException(keyLine + 1, CheckMessage.of("file.items-layout"));
        }
        List<Node> nodes = seq.getValue();
        int listEnd = seq.getEndMark().getColumn() == 0 ? seq.getEndMark().getLine() : seq.getEndMark().getLine() + 1;
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            int start = dashLine(lines, node.getStartMark().getLine());
            int next = i + 1 < nodes.size() ? dashLine(lines, nodes.get(i + 1).getStartMark().getLine())
                    : Math.min(listEnd, lines.size());
            int end = next;
            while (end > start + 1 && isBlankOrComment(lines.get(end - 1))) {
                end--;
            }
            int dash = lines.get(start).indexOf('-');
            blocks.add(new Block(id(node), start, end, dash, node.getStartMark().getColumn()));
        }
        return new Layout(blocks, keyLine, false);
    }

    /** The item's {@code -} line: its first field's line, or the line above when the dash stands alone. */
    private static int dashLine(List<String> lines, int firstField) {
        return lines.get(firstField).strip().startsWith("-") || firstField == 0
                || !lines.get(firstField - 1).strip().equals("-") ? firstField : firstField - 1;
    }

    private static String id(Node node) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id") && t.getValueNode() instanceof ScalarNode v) {
                    return v.getValue().strip();
                }
            }
        }
        return "";
    }

    static boolean isBlankOrComment(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }
}
