package com.moodbot.support;

import com.moodbot.Application;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One {@code moodbot} command run in this JVM, with what it printed on each stream. */
public record CommandRun(int code, String out, String err) {

    /** Run with {@code properties} set as system properties (the settings' MOODBOT_* variables), cleared after. */
    public static CommandRun with(Map<String, String> properties, String... args) {
        properties.forEach(System::setProperty);
        try {
            return of(args);
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }

    public static CommandRun of(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Application.run(args);
            return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
