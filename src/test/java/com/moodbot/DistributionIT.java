package com.moodbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.config.Build;
import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.WholeStderr;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built archive, unpacked somewhere else and run from {@code /}: what an operator installs. */
class DistributionIT {

    @TempDir
    static Path install;
    private static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("moodbot.distribution", "target/missing.tar.gz"));
        assertTrue(Files.isRegularFile(archive), "mvn package builds " + archive);
        Result tar = run(List.of("tar", "-xzf", archive.toAbsolutePath().toString(), "-C", install.toString()),
                Map.of(), install);
        assertEquals(0, tar.code, tar.err);
        try (var entries = Files.list(install)) {
            home = entries.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("moodbot-"))
                    .findFirst().orElseThrow(() -> new AssertionError("the archive holds one moodbot-VERSION folder"));
        }
        assertEquals("moodbot-" + Build.VERSION, home.getFileName().toString(),
                "--version and the start-up line name the version the archive is");
        for (String part : new String[] {"bin/moodbot", "lib/moodbot.jar", "models/emotion-vgg19bn.params",
                "models/emotion-model.properties", "models/README.md", "recommendations", "moodbot.env.example"}) {
            assertTrue(Files.exists(home.resolve(part)), part + " is in the archive");
        }
        assertTrue(Files.isExecutable(home.resolve("bin/moodbot")));
    }

    @Test
    void predictRunsFromTheRootDirectoryWithTheInstalledModelAndCatalogs() throws Exception {
        Required.fer2013("for the fixture photo");
        Path photo = install.resolve("selfie.jpg");
        Files.write(photo, Photos.jpeg(Photos.canvas(640, 480,
                List.of(Photos.detectableFaces().get(2)), new int[][] {{170, 90, 300}})));
        Result predict = run(List.of(home.resolve("bin/moodbot").toString(), "predict", "--json", photo.toString()),
                Map.of(), Path.of("/"));
        assertEquals(0, predict.code, predict.err);
        JsonNode json = JsonMapper.createDefault().readValue(predict.out.strip(), JsonNode.class);
        assertEquals(1, json.get("faces").getNumberValue().intValue(), predict.out);
        assertTrue(json.get("recommendation").get("title").getStringValue().length() > 0, predict.out);
    }

    @Test
    void aSymlinkedLauncherFindsItsHomeAndEnvironmentOverridesWin() throws Exception {
        Path link = install.resolve("links/moodbot");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, home.resolve("bin/moodbot"));
        Result clean = run(List.of(link.toString(), "catalog", "check"), Map.of(), Path.of("/"));
        assertEquals(0, clean.code, clean.out + clean.err);

        Path elsewhere = Files.createDirectories(install.resolve("empty-catalogs"));
        Result overridden = run(List.of(link.toString(), "catalog", "check"),
                Map.of("MOODBOT_CATALOG_DIR", elsewhere.toString()), Path.of("/"));
        assertTrue(overridden.code != 0, "an empty catalog folder is not a valid catalog: " + overridden.out);
        assertTrue((overridden.out + overridden.err).contains(elsewhere.toString()), overridden.out + overridden.err);
    }

    @Test
    void aClassDataSharingArchiveIsWrittenByTheFirstRunAndUsedByTheNext() throws Exception {
        Path archive = install.resolve("cds/moodbot.jsa");
        Files.createDirectories(archive.getParent());
        Map<String, String> env = Map.of("MOODBOT_CDS_ARCHIVE", archive.toString());
        Result first = run(List.of(home.resolve("bin/moodbot").toString(), "catalog", "check"), env, Path.of("/"));
        assertEquals(0, first.code, first.err);
        assertTrue(Files.size(archive) > 1_000_000, "archive written at exit: " + Files.size(archive) + " bytes");
        Result second = run(List.of(home.resolve("bin/moodbot").toString(), "catalog", "check"), env, Path.of("/"));
        assertEquals(0, second.code, second.err);
        assertFalse(second.err.contains("error"), second.err);
    }

    @Test
    void onlyPyTorchsTwoHarmlessNoticesAreDroppedFromStderr() throws Exception {
        Path fakeJdk = install.resolve("fake-jdk");
        Path java = Files.createDirectories(fakeJdk.resolve("bin")).resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                echo "[W NNPACK.cpp:64] Could not initialize NNPACK! Reason: Unsupported hardware." >&2
                echo "[W1123 LegacyTypeDispatch.h:74] Warning: AutoNonVariableTypeMode is deprecated and will be removed" >&2
                echo "[E something.cpp:1] a real native error" >&2
                echo "JAVA_OPTS=$1 $2"
                exit 3
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = Map.of("JAVA_HOME", fakeJdk.toString(), "JAVA_OPTS", "-Xmx64m");
        Result filtered = run(List.of(home.resolve("bin/moodbot").toString(), "serve"), env, Path.of("/"));
        assertEquals(3, filtered.code, "the launcher passes the exit status on");
        assertTrue(filtered.out.startsWith("JAVA_OPTS=-Xmx64m -cp"), filtered.out);
        assertTrue(filtered.err.contains("a real native error"), filtered.err);
        assertFalse(filtered.err.contains("NNPACK"), filtered.err);
        assertFalse(filtered.err.contains("AutoNonVariableTypeMode"), filtered.err);

        Result shown = run(List.of(home.resolve("bin/moodbot").toString(), "serve"),
                Map.of("JAVA_HOME", fakeJdk.toString(), "MOODBOT_NATIVE_WARNINGS", "show"), Path.of("/"));
        assertTrue(shown.err.contains("NNPACK"), shown.err);
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(List<String> command, Map<String, String> env, Path workingDir)
            throws Exception {
        Path out = Files.createTempFile(install, "out", ".txt");
        ProcessBuilder builder = new ProcessBuilder(WholeStderr.of(command)).directory(workingDir.toFile())
                .redirectOutput(out.toFile());
        builder.environment().remove("MOODBOT_MODEL_DIR");
        builder.environment().remove("MOODBOT_CATALOG_DIR");
        builder.environment().put("DJL_CACHE_DIR", new File("target/djl-cache").getAbsolutePath());
        builder.environment().putAll(env);
        Process process = builder.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "finished: " + command);
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                err.get(1, TimeUnit.MINUTES));
    }
}
