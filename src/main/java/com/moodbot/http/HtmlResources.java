package com.moodbot.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The server-side pages shipped in the jar, read once when their controller is loaded. */
public final class HtmlResources {

    private HtmlResources() {
    }

    public static String read(String resource) {
        try (InputStream in = HtmlResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
