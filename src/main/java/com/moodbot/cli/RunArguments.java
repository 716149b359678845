package com.moodbot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A run's recipe as the arguments that give it again, kept in the run folder one per line
 * ({@value #FILE}), so that {@code --resume} continues the run that was started, whatever the
 * defaults of the version that resumes it.
 */
final class RunArguments {

    static final String FILE = "train-arguments.txt";
    /** The key under which the repeatable {@code --photos} group is compared, as a whole. */
    private static final String PHOTOS = "--photos";

    private RunArguments() {
    }

    /** Each option's values in a recipe, by option name; {@code --photos} holds every group's arguments in order. */
    static Map<String, List<String>> values(TrainRecipe recipe) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (OptionSpec option : new CommandLine(recipe).getCommandSpec().options()) {
            if (option.group() == null) {
                values.put(option.longestName(), render(option.getValue()));
            }
        }
        values.put(PHOTOS, recipe.photoSets.stream().flatMap(set -> set.arguments().stream()).toList());
        return values;
    }

    /** The name a given option is compared under: its own, or {@code --photos} for the options of that group. */
    static String comparedAs(OptionSpec option) {
        return option.group() == null ? option.longestName() : PHOTOS;
    }

    static void write(Path runFolder, TrainRecipe recipe) throws IOException {
        Files.createDirectories(runFolder);
        Files.write(runFolder.resolve(FILE), arguments(values(recipe)), StandardCharsets.UTF_8);
    }

    /** The recipe the run in {@code runFolder} was started with, or empty for a run from before it was kept. */
    static Optional<TrainRecipe> read(Path runFolder) throws IOException {
        Path file = runFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        TrainRecipe recipe = new TrainRecipe();
        new CommandLine(recipe).setDefaultValueProvider(new TrainDefaults())
                .parseArgs(Files.readAllLines(file, StandardCharsets.UTF_8).toArray(String[]::new));
        return Optional.of(recipe);
    }

    /**
     * The run's recipe, checked against the options given on this command line ({@code given}
     * names them): one that differs from the run's is an error naming it.
     */
    static TrainRecipe resume(Path runFolder, TrainRecipe current, Set<String> given) throws IOException {
        TrainRecipe run = read(runFolder).orElse(null);
        if (run == null) {
            System.err.println("train: " + runFolder + " has no " + FILE + " (a run from before runs kept their "
                    + "options): resuming with the options given, unchecked");
            write(runFolder, current);
            return current;
        }
        Map<String, List<String>> now = values(current);
        Map<String, List<String>> then = values(run);
        for (String name : given) {
            if (now.containsKey(name) && !now.get(name).equals(then.get(name))) {
                throw new IllegalArgumentException(name + " " + show(now.get(name)) + " differs from the run's "
                        + show(then.get(name)) + " (" + runFolder.resolve(FILE) + "); leave it out to resume the run "
                        + "as it was started");
            }
        }
        return run;
    }

    private static List<String> arguments(Map<String, List<String>> values) {
        List<String> args = new ArrayList<>();
        values.forEach((name, list) -> {
            if (name.equals(PHOTOS)) {
                args.addAll(list);
            } else {
                list.forEach(value -> args.addAll(List.of(name, value)));
            }
        });
        return args;
    }

    private static List<String> render(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    private static String show(List<String> values) {
        return values == null || values.isEmpty() ? "(none)" : String.join(" ", values);
    }
}
