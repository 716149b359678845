package com.moodbot.catalogedit;

import com.moodbot.recommend.CheckMessage;
import com.moodbot.recommend.LocalImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A picture uploaded in the editor, stored in the catalog folder's {@code images/} under a name
 * made from the upload's name and the start of its content's hash (the same picture twice is one
 * file; two different ones never overwrite each other). It is checked as {@code catalog check}
 * checks pictures, and removed again when it fails.
 */
final class CatalogPictures {

    /** The stored file's name for {@code image:}, or the problem that kept it out. */
    record Stored(Optional<String> name, Optional<CheckMessage> problem) {
    }

    private CatalogPictures() {
    }

    static Stored store(Path catalogDir, String uploadName, byte[] content) throws IOException {
        String extension = extension(content);
        if (extension == null) {
            return new Stored(Optional.empty(), Optional.of(CheckMessage.of("image.upload-type")));
        }
        String name = stem(uploadName) + "-" + CatalogEditor.revision(content) + "." + extension;
        Path file = catalogDir.resolve(LocalImages.FOLDER).resolve(name);
        if (!Files.exists(file)) {
            AtomicFiles.write(file, content);
        }
        Optional<CheckMessage> problem = LocalImages.problem(catalogDir, name);
        if (problem.isPresent()) {
            Files.deleteIfExists(file);
            // about the file the admin chose, not the name it would have been kept under
            return new Stored(Optional.empty(), problem.map(p -> p.about(shownName(uploadName, name))));
        }
        return new Stored(Optional.of(name), Optional.empty());
    }

    /** The chosen file's own name, without a browser's folder ({@code C:\\fakepath\\}), at most 80 characters. */
    private static String shownName(String uploadName, String storedName) {
        String base = uploadName == null ? "" : uploadName.substring(uploadName.replace('\\', '/').lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "");
        return base.isBlank() ? storedName : base.substring(0, Math.min(80, base.length()));
    }

    /** "png" or "jpg" from the file's first bytes, whatever its name says; null for anything else. */
    private static String extension(byte[] c) {
        if (c.length > 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G') {
            return "png";
        }
        return c.length > 3 && (c[0] & 0xff) == 0xff && (c[1] & 0xff) == 0xd8 && (c[2] & 0xff) == 0xff ? "jpg" : null;
    }

    private static String stem(String uploadName) {
        String base = uploadName == null ? "" : uploadName.substring(uploadName.replace('\\', '/').lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        String stem = (dot > 0 ? base.substring(0, dot) : base).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return stem.isEmpty() ? "picture" : stem.substring(0, Math.min(40, stem.length()));
    }
}
