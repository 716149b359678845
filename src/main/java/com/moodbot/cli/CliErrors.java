package com.moodbot.cli;

import com.moodbot.recommend.InvalidCatalogException;
import com.moodbot.data.DatasetFormatException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * The one place that turns the errors a user can fix (a missing or unwritable file, a malformed data set, a bad
 * option value, invalid catalogs) into {@code COMMAND: message} on stderr and exit code 2, for every
 * command. Anything else is a bug and keeps its stack trace.
 */
public final class CliErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {

    public static final int USER_ERROR = 2;

    /** A mistyped command line: the mistake and where the options are listed, not the whole usage. */
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println(command.getCommandName() + ": " + e.getMessage() + " (`"
                + command.getCommandSpec().qualifiedName() + " --help` lists the options)");
        return USER_ERROR;
    }

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
                || e instanceof FileSystemException || e instanceof InvalidCatalogException;
    }

    static String describe(Exception e) {
        if (e instanceof NoSuchFileException nsf) {
            return "no such file: " + nsf.getFile() + (nsf.getReason() == null ? "" : " (" + nsf.getReason() + ")");
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return "a file is in the way of a folder: " + exists.getFile();
        }
        if (e instanceof NotDirectoryException notDir) {
            return "not a folder: " + notDir.getFile();
        }
        if (e instanceof FileSystemException fs) {
            return fs.getFile() + ": " + (fs.getReason() == null ? "cannot be read or written" : fs.getReason());
        }
        return e.getMessage();
    }
}
