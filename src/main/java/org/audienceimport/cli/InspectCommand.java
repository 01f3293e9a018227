package org.audienceimport.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.SourceInspector;
import org.audienceimport.source.SourceSummary;

import picocli.CommandLine.Command;
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

    @Option(names = "--sheet", paramLabel = "NAME", description = "Read this sheet (default: the first visible sheet with data).")
    private String sheet;

    @Option(names = "--header-row", paramLabel = "N", description = "The header is on this row (default: detected).")
    private Integer headerRow;

    @Option(names = "--encoding", paramLabel = "E", description = "Text files: the encoding, e.g. UTF-8, windows-1251 (default: detected).")
    private String encoding;

    @Option(names = "--delimiter", paramLabel = "D",
            description = "Text files: the delimiter: , ; | or tab (default: detected).")
    private String delimiter;

    @Option(names = "--password", paramLabel = "P", arity = "0..1", interactive = true,
            description = "The password that opens a protected workbook. Give --password alone to be asked for it without echo.")
    private char[] password;

    @Option(names = "--json", description = "Print one JSON object on stdout instead of the text summary.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            ReadOptions options = readOptions();
            SourceSummary summary = SourceInspector.inspect(file, options, Optional.ofNullable(sheet),
                    headerRow == null ? OptionalInt.empty() : OptionalInt.of(headerRow));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(SummaryJson.write(summary));
            } else {
                SummaryText.write(summary, out);
            }
            out.flush();
            return ExitCodes.OK;
        } catch (SourceException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (BadOptionException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private ReadOptions readOptions() throws BadOptionException {
        ReadOptions options = ReadOptions.DETECT;
        if (encoding != null) {
            try {
                options = options.withEncoding(Charset.forName(encoding.strip()));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new BadOptionException("Unknown encoding \u201C" + encoding + "\u201D. Use a name such as UTF-8, "
                        + "UTF-16LE, windows-1251 or windows-1252.");
            }
        }
        if (delimiter != null) {
            options = options.withDelimiter(Delimiters.parse(delimiter));
        }
        if (password != null && password.length > 0) {
            options = options.withPassword(password);
        }
        if (headerRow != null && headerRow < 1) {
            throw new BadOptionException("--header-row must be 1 or more (the row number you see in Excel).");
        }
        return options;
    }
}
