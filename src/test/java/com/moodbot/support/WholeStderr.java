package com.moodbot.support;

import java.util.ArrayList;
import java.util.List;

/**
 * A command whose stderr reaches Java through a pipe that ends only when every writer has closed it. The
 * launcher's stderr filter may still write after the JVM exits, and Java keeps only what a child's stderr
 * holds at the moment it exits: without this, 2 runs in 400 lost the filter's last lines.
 */
public final class WholeStderr {

    private WholeStderr() {
    }

    public static List<String> of(List<String> command) {
        List<String> piped = new ArrayList<>(List.of("bash", "-c",
                "set -o pipefail; exec 3>&1; \"$@\" 2>&1 1>&3 3>&- | cat >&2", "run"));
        piped.addAll(command);
        return piped;
    }
}
