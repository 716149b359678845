package com.moodbot.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TestFilesTest {

    @Test
    void scratchFilesAndFoldersShareOneFolderOfTheirOwnInTheSystemsTempFolder() throws Exception {
        Path dir = TestFiles.dir("moodbot-model");
        Path file = TestFiles.file("selfie", ".jpg");

        assertEquals(dir.getParent(), file.getParent());
        Path systemTemp = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
        assertEquals(systemTemp, dir.getParent().getParent().toRealPath());
        assertTrue(dir.getFileName().toString().startsWith("moodbot-model"));
        assertTrue(file.getFileName().toString().endsWith(".jpg"));
    }

    @Test
    void deletingTheTreeRemovesNestedFoldersAndTheirFiles() throws Exception {
        Path root = Files.createTempDirectory("moodbot-test-tree");
        Files.createDirectories(root.resolve("profile/Default/Cache"));
        Files.writeString(root.resolve("profile/Default/Cache/data_0"), "x");
        Files.writeString(root.resolve("emotion-vgg19bn.params"), "y");

        TestFiles.deleteTree(root);

        assertFalse(Files.exists(root));
    }
}
