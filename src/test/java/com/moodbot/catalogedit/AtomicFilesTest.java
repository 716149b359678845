package com.moodbot.catalogedit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aRewrittenFileKeepsItsPermissionsAndANewOneIsReadableByAll() throws Exception {
        Path films = Files.writeString(dir.resolve("films.yml"), "old");
        Files.setPosixFilePermissions(films, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(films, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(films));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(films)));

        Path fresh = dir.resolve("images/new.png");
        AtomicFiles.write(fresh, new byte[] {1});
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)),
                "not the temporary file's owner-only rw-------");
    }
}
