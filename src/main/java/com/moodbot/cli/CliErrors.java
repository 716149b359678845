package com.moodbot.cli;

import com.moodbot.recommend.InvalidCatalogException;
import com.moodbot.config.Settings;
import com.moodbot.data.DatasetFormatException;
import io.micronaut.context.exceptions.BeanInstantiationException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place that turns the errors a user can fix (a missing or unwritable file, a malformed data set, a bad
 * option value, invalid catalogs) into {@code COMMAND: message} on stderr and exit code 2, for every
 * command. Anything else is a bug and keeps its stack trace.
 */
public final class CliErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {

    public static final int USER_ERROR = 2;

    /** A mistyped command line: the mistake, picocli's guess at what was meant, and where the options are listed. */
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        List<String> guesses = e instanceof UnmatchedArgumentException unmatched ? unmatched.getSuggestions() : List.of();
        Optional<String> unknownCommand = unknownCommand(e);
        String mistake = unknownCommand.map(typed -> "unknown command '" + typed + "'").orElse(e.getMessage());
        if (unknownCommand.isPresent()) {
            guesses = guesses.stream().limit(1).toList(); // picocli's best guess comes first
        }
        command.getErr().println(name(command) + ": " + mistake
                + (guesses.isEmpty() ? "" : "; did you mean " + String.join(" or ", guesses) + "?") + " (`"
                + command.getCommandSpec().qualifiedName() + " --help` lists the "
                + (unknownCommand.isPresent() ? "commands" : "options") + ")");
        return USER_ERROR;
    }

    /** What was typed where a command that only groups others expected one of them. */
    private static Optional<String> unknownCommand(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !e.getCommandLine().getSubcommands().isEmpty()
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            return Optional.of(unmatched.getUnmatched().get(0));
        }
        return Optional.empty();
    }

    /** {@code catalog check}: the command as typed after {@code moodbot}. */
    private static String name(CommandLine command) {
        String full = command.getCommandSpec().qualifiedName(" ");
        return full.contains(" ") ? full.substring(full.indexOf(' ') + 1) : full;
    }

    /** A command that only groups others, run without one: its usage on stderr, and a usage mistake's status. */
    public static int missingSubcommand(CommandSpec command) {
        command.commandLine().usage(System.err); // as parsed, so it reads "moodbot bench" as --help does
        return USER_ERROR;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) throws Exception {
        if (!isUserError(e)) {
            throw e;
        }
        String name = name(command);
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
                || e instanceof FileSystemException || e instanceof InvalidCatalogException || isBadSetting(e)
                || isMissingFile(e);
    }

    /** A bean that could not read its file (a model folder with no model in it): the file is the user's to fix. */
    private static boolean isMissingFile(Exception e) {
        return e instanceof BeanInstantiationException && rootCause(e) instanceof FileSystemException;
    }

    /**
     * A setting a configuration record refused (MOODBOT_DEFAULT_LOCALE=fr): its own words, which start with
     * the variable's name, say which. Any other failure to build a bean is a bug and keeps its stack trace.
     */
    private static boolean isBadSetting(Exception e) {
        return e instanceof BeanInstantiationException && Settings.refusal(e).isPresent();
    }

    static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    static String describe(Exception e) {
        if (isBadSetting(e)) {
            return rootCause(e).getMessage();
        }
        if (isMissingFile(e)) {
            return describe((Exception) rootCause(e));
        }
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
