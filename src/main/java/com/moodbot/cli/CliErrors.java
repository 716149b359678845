package com.moodbot.cli;

import com.moodbot.recommend.InvalidCatalogException;
import com.moodbot.data.DatasetFormatException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * The one place that turns the errors a user can fix (a missing file, a malformed data set, a bad
 * option value, invalid catalogs) into {@code COMMAND: message} on stderr and exit code 2, for every
 * command. Anything else is a bug and keeps its stack trace.
 */
public final class CliErrors implements IExecutionExceptionHandler {

    public static final int USER_ERROR = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) throws Exception {
        if (!isUserError(e)) {
            throw e;
        }
        String name = command.getCommandName();
        if (e instanceof InvalidCatalogException invalid) {
            command.getErr().println(name + ": the catalogs are invalid:");
            invalid.problems().forEach(command.getErr()::println);
        } else {
            command.getErr().println(name + ": " + describe(e));
        }
        return USER_ERROR;
    }

    static boolean isUserError(Exception e) {
        return e instanceof DatasetFormatException || e instanceof IllegalArgumentException
                || e instanceof NoSuchFileException || e instanceof InvalidCatalogException;
    }

    static String describe(Exception e) {
        if (e instanceof NoSuchFileException nsf) {
            return "no such file: " + nsf.getFile() + (nsf.getReason() == null ? "" : " (" + nsf.getReason() + ")");
        }
        return e.getMessage();
    }
}
