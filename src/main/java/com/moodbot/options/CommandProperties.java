package com.moodbot.options;

import java.util.Map;

/**
 * A command whose options configure beans: what it returns is the configuration of the one
 * application context its run gets ({@code Application} asks after parsing, before the context
 * starts). It may fail as {@code call()} does, with the same exit codes.
 */
public interface CommandProperties {

    Map<String, Object> contextProperties() throws Exception;
}
