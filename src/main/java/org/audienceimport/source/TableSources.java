package org.audienceimport.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.audienceimport.source.csv.CsvTableSource;
import org.audienceimport.source.xls.XlsTableSource;
import org.audienceimport.source.xlsx.XlsxTableSource;
import org.audienceimport.text.Text;

/** Opens any file the app can read, choosing the reader from the file's bytes. */
public final class TableSources {

    private TableSources() {
    }

    public static TableSource open(Path file, ReadOptions options) throws SourceException {
        String name = quoted(file);
        if (!Files.exists(file)) {
            throw new SourceException(SourceException.Problem.NOT_FOUND,
                    Text.of("source.notFoundIn", name, file.toAbsolutePath().getParent()));
        }
        if (Files.isDirectory(file)) {
            throw new SourceException(SourceException.Problem.NOT_READABLE, Text.of("source.folder", name));
        }
        FormatSniffer.Kind kind;
        try {
            kind = FormatSniffer.sniff(file);
        } catch (AccessDeniedException e) {
            throw new SourceException(SourceException.Problem.NOT_READABLE, Text.of("source.accessDenied", name), e);
        } catch (NoSuchFileException e) {
            throw new SourceException(SourceException.Problem.NOT_FOUND, Text.of("source.disappeared", name), e);
        } catch (IOException e) {
            throw new SourceException(SourceException.Problem.NOT_READABLE,
                    Text.of("source.ioError", name, e.getMessage()), e);
        }
        return switch (kind) {
            case XLSX -> XlsxTableSource.open(file, options);
            case XLSX_ENCRYPTED -> XlsxTableSource.openEncrypted(file, options);
            case XLS -> XlsTableSource.open(file, options);
            case TEXT -> CsvTableSource.open(file, options);
            case EMPTY -> throw new SourceException(SourceException.Problem.EMPTY, Text.of("source.empty", name));
            case ODS -> throw unsupported("source.ods", name);
            case OLD_EXCEL -> throw unsupported("source.oldExcel", name);
            case WORD -> throw unsupported("source.word", name);
            case PDF -> throw unsupported("source.pdf", name);
            case XML_SPREADSHEET_2003 -> throw unsupported("source.xml2003", name);
            case HTML -> throw unsupported("source.html", name);
            case OTHER_ZIP -> throw unsupported("source.zip", name);
            case OTHER_OLE2 -> throw unsupported("source.otherOffice", name);
            case DAMAGED_ZIP, DAMAGED_OLE2 -> throw new SourceException(SourceException.Problem.DAMAGED,
                    Text.of("source.damagedWorkbook", name));
            case BINARY -> throw unsupported("source.binary", name);
        };
    }

    private static SourceException unsupported(String key, String name) {
        return new SourceException(SourceException.Problem.UNSUPPORTED_FORMAT, Text.of(key, name));
    }

    /** The file's name in quotes, as messages show it. */
    public static String quoted(Path file) {
        Path name = file.getFileName();
        return "\u201C" + (name == null ? file : name) + "\u201D";
    }
}
