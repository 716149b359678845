package com.moodbot.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One {@code moodbot COMMAND} (or any program) in its own process, as a user runs it, with the environment given. */
public record CommandProcess(int exitCode, String stdout, String stderr, Duration took) {

    public static CommandProcess run(Map<String, String> env, Duration within, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-Dai.djl.offline=true", "-cp", System.getProperty("java.class.path"),
                "com.moodbot.Application"));
        command.addAll(List.of(args));
        return exec(command, env, within);
    }

    /** {@code command} as given; killed, and the test failed with its stderr, when it outlasts {@code within}. */
    public static CommandProcess exec(List<String> command, Map<String, String> env, Duration within)
            throws IOException, InterruptedException {
        Path out = TestFiles.file("moodbot-command", ".out");
        Path err = TestFiles.file("moodbot-command", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(env);
            long start = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(String.join(" ", command) + " did not exit within " + within + "; stderr:\n"
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            return new CommandProcess(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), took);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
