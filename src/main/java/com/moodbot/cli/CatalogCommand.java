package com.moodbot.cli;

import com.moodbot.recommend.Catalog;
import com.moodbot.recommend.CatalogItem;
import com.moodbot.recommend.CatalogLoader;
import com.moodbot.recommend.CatalogProblem;
import com.moodbot.recommend.Category;
import com.moodbot.recommend.InvalidCatalogException;
import com.moodbot.recommend.LocalImages;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code moodbot catalog check [DIR]}. */
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "Work with the recommendation catalogs.",
        subcommands = CatalogCommand.Check.class)
public final class CatalogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return CliErrors.missingSubcommand(spec);
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate the catalogs and mood policy; prints file:line: message per problem, exit 0 when clean.")
    static final class Check implements Callable<Integer> {

        @Parameters(arity = "0..1", defaultValue = "${env:MOODBOT_CATALOG_DIR:-recommendations}",
                description = "catalog folder (default: MOODBOT_CATALOG_DIR, else recommendations)")
        Path dir;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(dir)) {
                throw Files.exists(dir) ? new NotDirectoryException(dir.toString())
                        : new IllegalArgumentException("no such folder: " + dir);
            }
            try {
                Catalog catalog = new CatalogLoader(Clock.systemUTC()).load(dir);
                catalog.counts().forEach((category, perMood) ->
                        System.out.println(category.fileName() + ": " + catalog.items().get(category).size() + " items ("
                                + perMood.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                                .collect(Collectors.joining(", ")) + ")"));
                String pinned = catalog.items().values().stream().flatMap(List::stream).filter(CatalogItem::pinned)
                        .map(CatalogItem::id).collect(Collectors.joining(", "));
                List<String> off = Arrays.stream(Category.values()).filter(c -> !catalog.learns(c))
                        .map(Category::label).toList();
                System.out.println("pinned: " + (pinned.isEmpty() ? "none" : pinned));
                System.out.println("learning from taps: " + (off.isEmpty() ? "every category"
                        : off.size() == Category.values().length ? "none"
                        : "every category but " + String.join(", ", off)));
                System.out.println("for groups: " + Arrays.stream(Category.values()).map(c -> c.label() + " "
                        + catalog.items().getOrDefault(c, List.of()).stream().filter(CatalogItem::group).count())
                        .collect(Collectors.joining(", ")));
                List<String> unused = LocalImages.unused(dir, catalog);
                System.out.println("pictures in images/ that no item names: "
                        + (unused.isEmpty() ? "none" : String.join(", ", unused)));
                System.out.println(dir + ": OK");
                return 0;
            } catch (InvalidCatalogException e) {
                e.problems().forEach(System.out::println);
                System.out.println(dir + ": " + CatalogProblem.count(e.problems().size()));
                return 1;
            }
        }
    }
}
