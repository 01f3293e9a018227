package org.audienceimport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.audienceimport.convert.Conversion;
import org.audienceimport.convert.ConversionSummary;
import org.audienceimport.convert.normalise.ValueNormalisers;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.MappingException;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = "Checks every row of a file against a mapping, without sending anything.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every row can be imported (warnings may remain)",
            "1:an unexpected fault inside the app (a bug; see the log)",
            "2:the file or the mapping cannot be used (the reason is on stderr)",
            "3:some rows are excluded (no valid email or phone, or --strict); the rest can be imported"})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .xlsx, .xls or .csv file.")
    private Path file;

    @Mixin
    private SourceOptions source;

    @Mixin
    private ConversionOptions conversion;

    @Option(names = "--json", description = "Print one JSON object on stdout: rows, to_send, excluded, warnings, duplicates, issues.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            conversion.checkReportName();
            Mapping mapping = conversion.mapping(source);
            ConversionSummary summary;
            ConversionOptions.Listeners listeners = conversion.listeners();
            try (TableSource opened = TableSources.open(file, source.readOptions()); listeners) {
                summary = new Conversion(new ValueNormalisers(), LocalDate.now(), conversion.strict())
                        .run(opened, TableSources.quoted(file), mapping, listeners.all(), null, null);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(ConversionOutput.json(summary, listeners));
            } else {
                ConversionOutput.text(summary, listeners, out);
            }
            out.flush();
            return ConversionOutput.exitCode(summary);
        } catch (SourceException | MappingException | BadOptionException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("Audience Import could not finish reading or writing (" + e.getMessage() + ").");
            return ExitCodes.BAD_INPUT;
        } finally {
            source.wipePassword();
        }
    }
}
