package com.moodbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/** The main classes' packages, as jdeps sees them, depend on each other without a cycle. */
class PackageCyclesTest {

    private static final Pattern EDGE = Pattern.compile("^\\s*(com\\.moodbot[\\w.]*)\\s+->\\s+(com\\.moodbot[\\w.]*)\\s");

    @Test
    void noPackageOfMoodbotDependsOnItselfThroughAnother() throws Exception {
        Map<String, Set<String>> uses = dependencies();
        assertTrue(uses.getOrDefault("com.moodbot.cli", Set.of()).contains("com.moodbot.recommend"),
                "jdeps saw the classes: " + uses);
        List<List<String>> cycles = new ArrayList<>();
        for (String from : uses.keySet()) {
            for (String to : uses.get(from)) {
                List<String> back = path(uses, to, from);
                if (back != null && from.compareTo(to) < 0) {
                    List<String> cycle = new ArrayList<>(List.of(from));
                    cycle.addAll(back);
                    cycles.add(cycle);
                }
            }
        }
        assertEquals(List.of(), cycles, "package cycles (each from a package back to itself)");
    }

    /** package -> the packages its classes use, from {@code jdeps -verbose:package} on target/classes. */
    private static Map<String, Set<String>> dependencies() throws Exception {
        Path classes = Path.of(Application.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:package", "-e",
                "com\\.moodbot(\\..*)?", classes.toString());
        assertEquals(0, status, out.toString());
        Map<String, Set<String>> uses = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (m.find() && !m.group(1).equals(m.group(2))) {
                uses.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        return uses;
    }

    /** A path of packages from {@code start} to {@code goal}, both included, or null. */
    private static List<String> path(Map<String, Set<String>> uses, String start, String goal) {
        Map<String, String> cameFrom = new TreeMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        cameFrom.put(start, start);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            if (at.equals(goal)) {
                List<String> path = new ArrayList<>();
                for (String p = goal; !p.equals(start); p = cameFrom.get(p)) {
                    path.add(0, p);
                }
                path.add(0, start);
                return path;
            }
            for (String next : uses.getOrDefault(at, Set.of())) {
                if (cameFrom.putIfAbsent(next, at) == null) {
                    queue.add(next);
                }
            }
        }
        return null;
    }
}
