package org.audienceimport.cli;

import java.io.PrintWriter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;

/** Runs the command line and turns every outcome into a documented exit code. */
public final class Cli {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new AudienceImportCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExitCodeExceptionMapper(e -> ExitCodes.UNEXPECTED);
        commandLine.setParameterExceptionHandler((e, params) -> {
            err.println("Error: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' to see the options.");
            return ExitCodes.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            LOG.error("Unexpected failure in '{}'", cmd.getCommandName(), e);
            err.println("Something went wrong inside Audience Import (" + e.getClass().getSimpleName()
                    + "). This is a bug, not a problem with your file. Please report it with the log file.");
            return ExitCodes.UNEXPECTED;
        });
        return commandLine.execute(args);
    }
}
