package com.moodbot.recommend;

import com.moodbot.emotion.Emotion;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads and validates {@code films.yml}, {@code songs.yml}, {@code food.yml}, {@code places.yml} and
 * {@code policy.yml} from a folder. Every problem is reported with its file and line; nothing is
 * returned unless all files are clean.
 */
public final class CatalogLoader {

    public static final String POLICY = "policy.yml";
    /** Messenger's generic template allows 80 characters for title and subtitle. */
    static final int TITLE_MAX = 80;
    static final int DESCRIPTION_MAX = 80;
    static final int LINE_MAX = 200;

    private final Clock clock;

    public CatalogLoader(Clock clock) {
        this.clock = clock;
    }

    /** The files a catalog folder holds: one per category, then the mood policy. */
    public static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        for (Category category : Category.values()) {
            names.add(category.fileName());
        }
        names.add(POLICY);
        return names;
    }

    public Catalog load(Path dir) throws InvalidCatalogException, IOException {
        return load(dir, files(dir));
    }

    /** The folder's catalog files as they are now; a folder that is not there is the one problem. */
    static CatalogFiles files(Path dir) throws InvalidCatalogException, IOException {
        requireFolder(dir);
        return CatalogFiles.read(dir);
    }

    private static void requireFolder(Path dir) throws InvalidCatalogException {
        if (!Files.isDirectory(dir)) {
            throw new InvalidCatalogException(List.of(new CatalogProblem(dir.toString(), 0, CheckMessage.of("folder.missing"))));
        }
    }

    /**
     * Parses catalog files the caller has read (file name to bytes; a name not there is a missing file), so
     * what it shows of them and what was checked are the same bytes. Pictures are checked in {@code dir}.
     */
    public Catalog load(Path dir, Map<String, byte[]> contents) throws InvalidCatalogException {
        requireFolder(dir);
        return load(dir, CatalogFiles.of(contents));
    }

    /** Parses the files as read once into {@code files} (pictures are still checked in {@code dir}). */
    Catalog load(Path dir, CatalogFiles files) throws InvalidCatalogException {
        List<CatalogProblem> problems = new ArrayList<>();
        Map<Category, List<CatalogItem>> items = new EnumMap<>(Category.class);
        Map<Category, Integer> itemsLine = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            YamlFile yaml = new YamlFile(display(dir, category.fileName()), problems);
            Optional<byte[]> content = files.get(category.fileName());
            if (content.isEmpty()) {
                yaml.problem(1, "file.missing");
                continue;
            }
            int before = problems.size();
            yaml.parse(content.get()).ifPresent(root -> new ItemReader(yaml, category, dir).read(root, items, itemsLine));
            if (problems.size() == before) {
                checkCoverage(yaml, category, items.getOrDefault(category, List.of()), itemsLine.getOrDefault(category, 1));
            }
        }
        Map<Emotion, MoodRule> policy = new EnumMap<>(Emotion.class);
        Set<Category> learningOff = EnumSet.noneOf(Category.class);
        YamlFile yaml = new YamlFile(display(dir, POLICY), problems);
        Optional<byte[]> policyContent = files.get(POLICY);
        if (policyContent.isPresent()) {
            yaml.parse(policyContent.get()).ifPresent(root -> new PolicyReader(yaml).read(root, policy, learningOff));
        } else {
            yaml.problem(1, "file.missing");
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(problems);
        }
        return new Catalog(items, policy, clock.instant(), learningOff);
    }

    private static void checkCoverage(YamlFile yaml, Category category, List<CatalogItem> items, int line) {
        for (Emotion mood : Emotion.values()) {
            if (items.stream().noneMatch(i -> i.moods().contains(mood))) {
                yaml.problem(line, "mood.no-item", mood.label(), category.label());
            }
        }
    }

    private static String display(Path dir, String file) {
        return dir.resolve(file).toString();
    }

    static String moodNames() {
        return Arrays.stream(Emotion.values()).map(Emotion::label).collect(Collectors.joining(", "));
    }

    static boolean isWebUrl(String text, Set<String> schemes) {
        try {
            URI uri = new URI(text);
            // a site's name has a dot: "https://https://x" (a link pasted after the form's https://) names host "https"
            return uri.isAbsolute() && schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && uri.getHost().contains(".") && !uri.getHost().endsWith(".");
        } catch (Exception e) {
            return false;
        }
    }
}
