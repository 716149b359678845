package com.moodbot.catalogedit;

import com.moodbot.i18n.Language;
import com.moodbot.logging.LogSafe;
import com.moodbot.recommend.Catalog;
import com.moodbot.recommend.CatalogLoader;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.Category;
import com.moodbot.recommend.CheckMessage;
import com.moodbot.recommend.InvalidCatalogException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks and saves the catalog editor's changes. A save edits the item's lines in the file's text
 * ({@link CatalogText}), runs {@code catalog check} on the whole catalog with the edited file, keeps
 * the text it replaces ({@link CatalogVersions}), writes the file atomically and puts the catalog in
 * service at once; other instances sharing the folder take it on their next poll. Saves are one at
 * a time, and logged in one line each: file, item, what changed (field names, never values).
 */
@Singleton
public class CatalogEditor {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogEditor.class);
    /** The text of a file that is not there. */
    static final byte[] NONE = new byte[0];
    private final CatalogService catalogs;
    private final CatalogLoader loader;
    private final CatalogVersions versions;
    private final Clock clock;

    public CatalogEditor(CatalogService catalogs, Clock clock) {
        this.catalogs = catalogs;
        this.loader = new CatalogLoader(clock);
        this.versions = new CatalogVersions(catalogs.dir());
        this.clock = clock;
    }

    Path dir() {
        return catalogs.dir();
    }

    CatalogVersions versions() {
        return versions;
    }

    /** What {@code catalog check} would say if the edit were saved, in {@code language}; writes nothing. */
    public EditOutcome check(ItemEdit edit, Language language) throws IOException {
        return prepare(edit, language).outcome();
    }

    public synchronized EditOutcome save(ItemEdit edit, Language language) throws IOException {
        Prepared p = prepare(edit, language);
        if (!p.outcome().isOk()) {
            return p.outcome();
        }
        Optional<List<String>> fields = edit.replaces() ? changedFields(edit) : Optional.of(List.of());
        write(p.file(), p.before(), p.after(),
                new CatalogVersions.Change(edit.describe(), edit.id(), fields.orElse(null)));
        LOG.info("Catalog edit saved: {} item '{}' {}{}", p.file(), LogSafe.value(edit.id()), edit.describe(),
                edit.replaces() ? fieldsNote(fields) : "");
        return EditOutcome.ok(revision(p.after()));
    }

    /** Puts a kept version back (checked like any edit); the text it replaces is kept in turn. */
    public synchronized EditOutcome restore(String versionId, Language language) throws IOException {
        Optional<CatalogVersions.Version> version = versions.find(versionId);
        if (version.isEmpty()) {
            return EditOutcome.failed("missing", "", 1, CheckMessage.of("edit.no-version"), language);
        }
        String file = version.get().file();
        byte[] content = versions.read(version.get());
        Map<String, byte[]> onDisk = filesOnDisk();
        List<EditProblem> problems = problemsIf(onDisk, file, content, language, null);
        if (!problems.isEmpty()) {
            return EditOutcome.invalid(problems);
        }
        write(file, onDisk.getOrDefault(file, NONE), content, CatalogVersions.Change.restore(versionId));
        LOG.info("Catalog version restored: {} from the version replaced at {}", file, version.get().savedAt());
        return EditOutcome.ok(revision(content));
    }

    /**
     * Writes {@code file} back as the catalog in service was read from it: the way out of a file that fails the
     * check (a YAML mistake made by hand). The text it replaces is kept in {@code .versions/}. {@code revision} is
     * the file's as the page saw it (null: do not check); a file already as in service is left alone.
     */
    public synchronized EditOutcome putBackInService(String file, @Nullable String revision, Language language)
            throws IOException {
        Optional<byte[]> inService = catalogs.inServiceText(file);
        if (inService.isEmpty()) {
            return EditOutcome.failed("missing", "", 1, CheckMessage.of("edit.no-version"), language);
        }
        byte[] onDisk = onDisk(file);
        if (revision != null && !revision.equals(revision(onDisk))) {
            return EditOutcome.failed("stale", file, 1, CheckMessage.of("edit.stale"), language);
        }
        if (!Arrays.equals(onDisk, inService.get())) {
            write(file, onDisk, inService.get(), new CatalogVersions.Change("put-back", null, null));
            LOG.info("Catalog file put back as the catalog in service read it: {}", file);
        }
        return EditOutcome.ok(revision(inService.get()));
    }

    /**
     * The catalog files whose text in {@code onDisk} ({@link #filesOnDisk}; one not there is empty) differs
     * from the catalog in service's, each with its revision.
     */
    Map<String, String> differingFromService(Map<String, byte[]> onDisk) {
        Map<String, String> differing = new LinkedHashMap<>();
        for (String file : CatalogLoader.fileNames()) {
            byte[] text = onDisk.getOrDefault(file, NONE);
            if (catalogs.inServiceText(file).filter(t -> !Arrays.equals(t, text)).isPresent()) {
                differing.put(file, revision(text));
            }
        }
        return differing;
    }

    /** Each catalog file there is now, read once: file name to bytes (a file deleted by hand is not there). */
    Map<String, byte[]> filesOnDisk() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String file : CatalogLoader.fileNames()) {
            read(file).ifPresent(text -> files.put(file, text));
        }
        return files;
    }

    /** The file's text now; none (a file deleted by hand) is empty. */
    byte[] onDisk(String file) throws IOException {
        return read(file).orElse(NONE);
    }

    private Optional<byte[]> read(String file) throws IOException {
        Path path = dir().resolve(file);
        try {
            return Files.isRegularFile(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
        } catch (NoSuchFileException deletedMeanwhile) {
            return Optional.empty();
        }
    }

    static String revision(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Prepared(EditOutcome outcome, String file, byte[] before, byte[] after) {
    }

    private Prepared prepare(ItemEdit edit, Language language) throws IOException {
        Optional<Category> category = Category.parse(edit.category());
        if (category.isEmpty() || edit.originalId() == null && edit.item() == null) {
            return new Prepared(EditOutcome.failed("missing", "", 1, CheckMessage.of("edit.no-item"), language), "", null, null);
        }
        String file = category.get().fileName();
        Map<String, byte[]> onDisk = filesOnDisk();
        byte[] before = onDisk.getOrDefault(file, NONE);
        if (edit.revision() != null && !edit.revision().equals(revision(before))) {
            return new Prepared(EditOutcome.failed("stale", file, 1,
                    CheckMessage.of("edit.stale"), language), file, before, null);
        }
        CatalogText.Result edited;
        try {
            edited = CatalogText.apply(new String(before, StandardCharsets.UTF_8), edit);
        } catch (ItemBlocks.UneditableException e) {
            EditOutcome uneditable = EditOutcome.failedInFile("invalid", file, e.line, e.what, language);
            return new Prepared(uneditable, file, before, null);
        } catch (CatalogText.NoSuchItemException e) {
            return new Prepared(EditOutcome.failed("missing", file, 1, e.what, language), file, before, null);
        }
        byte[] after = edited.text().getBytes(StandardCharsets.UTF_8);
        List<EditProblem> problems = problemsIf(onDisk, file, after, language, edited);
        return new Prepared(problems.isEmpty() ? EditOutcome.ok(revision(after)) : EditOutcome.invalid(problems),
                file, before, after);
    }

    /**
     * What {@code catalog check} would say, in {@code language}, if {@code file} held {@code content} and the other
     * files what {@code onDisk} holds; {@code edited} is the item being edited in it (none: null).
     */
    private List<EditProblem> problemsIf(Map<String, byte[]> onDisk, String file, byte[] content, Language language,
                                         @Nullable CatalogText.Result edited) {
        Map<String, byte[]> files = new LinkedHashMap<>(onDisk);
        files.put(file, content);
        return checked(files, language, file, edited).problems();
    }

    /**
     * The catalog {@code files} make, or else the problems {@code catalog check} finds in them, in the editor's words.
     */
    record Checked(Optional<Catalog> catalog, List<EditProblem> problems) {
    }

    /** {@code edited} (none: null) is the item being edited in {@code editedFile}. */
    Checked checked(Map<String, byte[]> files, Language language, @Nullable String editedFile,
                    @Nullable CatalogText.Result edited) {
        try {
            return new Checked(Optional.of(loader.load(dir(), files)), List.of());
        } catch (InvalidCatalogException e) {
            EditProblem.Wording wording = new EditProblem.Wording(language, ItemsByLine.of(files), editedFile, edited);
            return new Checked(Optional.empty(), e.problems().stream().map(wording::of).toList());
        }
    }

    private void write(String file, byte[] before, byte[] after, CatalogVersions.Change change) throws IOException {
        versions.keep(file, before, clock.instant(), change);
        AtomicFiles.write(dir().resolve(file), after);
        catalogs.reloadNow();
    }

    /** The fields that differ from the item in service (the one the form showed); empty when it is not in service. */
    private Optional<List<String>> changedFields(ItemEdit edit) {
        return Category.parse(edit.category()).flatMap(c -> catalogs.current().item(c, edit.originalId()))
                .map(i -> edit.item().changedFrom(ItemForm.of(i)));
    }

    /** " (title.es, moods)" for the log line. */
    private static String fieldsNote(Optional<List<String>> fields) {
        return fields.map(f -> f.isEmpty() ? " (no field changed)" : " (" + String.join(", ", f) + ")")
                .orElse(" (fields changed: not known, the item was not in service)");
    }
}
