package org.audienceimport.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.audienceimport.source.SourceException;
import org.audienceimport.source.SourceInspector;
import org.audienceimport.source.SourceSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "inspect",
        mixinStandardHelpOptions = true,
        description = "Shows what is in a spreadsheet: format, sheets, header row, columns with sample values, row count.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the file was read",
            "1:an unexpected fault inside the app (a bug; see the log)",
            "2:the file cannot be read, or an option is wrong (the reason is on stderr)"})
public final class InspectCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .xlsx, .xls or .csv file to read.")
    private Path file;

    @Mixin
    private SourceOptions source;

    @Option(names = "--json", description = "Print one JSON object on stdout instead of the text summary.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            SourceSummary summary = SourceInspector.inspect(file, source.readOptions(), source.sheet(), source.headerRow());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(SummaryJson.write(summary));
            } else {
                SummaryText.write(summary, out);
            }
            out.flush();
            return ExitCodes.OK;
        } catch (SourceException | BadOptionException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } finally {
            source.wipePassword();
        }
    }
}
