package org.audienceimport.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

import org.audienceimport.source.ReadOptions;

import picocli.CommandLine.Option;

/** The options every command that reads a file shares: which sheet, which header row, and text-file overrides. */
public final class SourceOptions {

    @Option(names = "--sheet", paramLabel = "NAME", description = "Read this sheet (default: the first visible sheet with data).")
    private String sheet;

    @Option(names = "--header-row", paramLabel = "N", description = "The header is on this row (default: detected).")
    private Integer headerRow;

    @Option(names = "--encoding", paramLabel = "E", description = "Text files: the encoding, e.g. UTF-8, windows-1251 (default: detected).")
    private String encoding;

    @Option(names = "--delimiter", paramLabel = "D", description = "Text files: the delimiter: , ; | or tab (default: detected).")
    private String delimiter;

    @Option(names = "--password", paramLabel = "P", arity = "0..1", interactive = true,
            description = "The password that opens a protected workbook. Give --password alone to be asked for it without echo.")
    private char[] password;

    Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    OptionalInt headerRow() {
        return headerRow == null ? OptionalInt.empty() : OptionalInt.of(headerRow);
    }

    ReadOptions readOptions() throws BadOptionException {
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

    /** Overwrites the password in memory once the file has been read. */
    void wipePassword() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
