package com.moodbot.catalogedit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versions of each catalog file that edits replaced, newest {@link #KEPT} per file, in the
 * catalog folder's {@code .versions/} (beside the files, so instances sharing the folder share
 * them; the service never reads them as catalogs). A version is named {@code FILE.EPOCHMILLIS}; beside
 * it, {@code FILE.EPOCHMILLIS.change} says which save replaced it.
 */
final class CatalogVersions {

    static final String FOLDER = ".versions";
    static final int KEPT = 20;
    private static final Pattern NAME = Pattern.compile("([a-z]+\\.yml)\\.(\\d{1,19})");

    private static final String CHANGE = ".change";

    /**
     * A kept version: {@code id} names it to {@link #read}; {@code savedAt} is when it was replaced, and
     * {@code change} by what (null where that was not written down).
     */
    @Serdeable
    record Version(String id, String file, Instant savedAt, long bytes, @Nullable Change change) {
    }

    /**
     * The save that replaced a version: {@code kind} is added, edited, removed or restored; {@code item}
     * the item's id, or for a restore the version's; {@code fields} what an edit changed (null where not known).
     */
    @Serdeable
    record Change(String kind, @Nullable String item, @Nullable List<String> fields) {

        /** @param version the id of the version put back */
        static Change restore(String version) {
            return new Change("restored", version, List.of());
        }
    }

    private final Path folder;

    CatalogVersions(Path catalogDir) {
        this.folder = catalogDir.resolve(FOLDER);
    }

    /** Keeps {@code content}, the file's text an edit at {@code now} replaces, and drops the oldest past {@link #KEPT}. */
    void keep(String file, byte[] content, Instant now, Change change) throws IOException {
        long millis = now.toEpochMilli();
        while (Files.exists(folder.resolve(file + "." + millis))) {
            millis++; // two edits in one millisecond
        }
        String id = file + "." + millis;
        AtomicFiles.write(folder.resolve(id), content);
        writeChange(id, change);
        List<Version> versions = list(file);
        for (Version old : versions.subList(Math.min(KEPT, versions.size()), versions.size())) {
            Files.deleteIfExists(folder.resolve(old.id()));
            Files.deleteIfExists(folder.resolve(old.id() + CHANGE));
        }
    }

    /** The file's versions, newest first. */
    List<Version> list(String file) throws IOException {
        return all().stream().filter(v -> v.file().equals(file)).toList();
    }

    /** Every file's versions, newest first. */
    List<Version> all() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Version> versions = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.toList()) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p)) {
                    versions.add(new Version(m.group(0), m.group(1), Instant.ofEpochMilli(Long.parseLong(m.group(2))),
                            Files.size(p), readChange(m.group(0))));
                }
            }
        }
        versions.sort(Comparator.comparing(Version::savedAt).reversed());
        return versions;
    }

    /** The version's text, when {@code id} names one (never a path outside the folder). */
    Optional<Version> find(String id) throws IOException {
        return id != null && NAME.matcher(id).matches() ? all().stream().filter(v -> v.id().equals(id)).findFirst()
                : Optional.empty();
    }

    byte[] read(Version version) throws IOException {
        return Files.readAllBytes(folder.resolve(version.id()));
    }

    private void writeChange(String id, Change change) throws IOException {
        Properties note = new Properties();
        note.setProperty("kind", change.kind());
        if (change.item() != null) {
            note.setProperty("item", change.item());
        }
        if (change.fields() != null) {
            note.setProperty("fields", String.join(",", change.fields()));
        }
        StringWriter text = new StringWriter();
        note.store(text, null);
        AtomicFiles.write(folder.resolve(id + CHANGE), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The note beside a version, if it can be read: it only describes the version, so without it the list goes on. */
    private Change readChange(String id) {
        Properties note = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve(id + CHANGE), StandardCharsets.UTF_8)) {
            note.load(in);
        } catch (IOException | IllegalArgumentException missingOrMalformed) {
            return null;
        }
        String fields = note.getProperty("fields");
        return new Change(note.getProperty("kind", "edited"), note.getProperty("item"),
                fields == null ? null : fields.isEmpty() ? List.of() : List.of(fields.split(",")));
    }
}
