package org.audienceimport.source.xlsx;

import java.nio.file.Path;

import org.audienceimport.source.SourceException;
import org.audienceimport.source.SourceException.Problem;
import org.audienceimport.source.TableSources;
import org.audienceimport.text.Text;

/** The messages a person sees when a workbook cannot be read: what is wrong and what to do next. */
final class XlsxProblems {

    private XlsxProblems() {
    }

    /** The right message for whatever stopped the reading: a refused bomb, or damage. */
    static SourceException classify(Path file, Throwable error) {
        SourceException refused = refusal(file, error);
        return refused != null ? refused : damaged(file, error);
    }

    /** The message when reading a sheet stopped: a refused bomb, or damage at that place. */
    static SourceException classifyInSheet(Path file, String sheet, int afterRow, Throwable error) {
        SourceException refused = refusal(file, error);
        return refused != null ? refused : damagedSheet(file, sheet, afterRow, error);
    }

    private static SourceException refusal(Path file, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof XmlParts.RefusedXmlException) {
                return declaresEntities(file, error);
            }
            if (t instanceof XmlParts.TextTooLongException) {
                return textTooLong(file, XmlParts.MAX_CELL_TEXT);
            }
            if (isZipBomb(t.getMessage())) {
                return expandsSuspiciously(file, error);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** POI's ZipSecureFile and our in-memory guard report bombs only through their messages. */
    private static boolean isZipBomb(String message) {
        return message != null && (message.contains("Zip bomb detected") || message.contains("security risk")
                || message.contains("max. size of the expanded data") || message.contains("max file count"));
    }

    static SourceException damaged(Path file, Throwable cause) {
        return new SourceException(Problem.DAMAGED, Text.of("source.xlsx.damaged", TableSources.quoted(file)), cause);
    }

    static SourceException damagedSheet(Path file, String sheet, int afterRow, Throwable cause) {
        Text text = afterRow > 0 ? Text.of("source.xlsx.sheetDamagedAfterRow", TableSources.quoted(file), sheet, afterRow)
                : Text.of("source.xlsx.sheetDamaged", TableSources.quoted(file), sheet);
        return new SourceException(Problem.DAMAGED, text, cause);
    }

    static SourceException expandsSuspiciously(Path file, Throwable cause) {
        return new SourceException(Problem.TOO_LARGE, Text.of("source.xlsx.zipBomb", TableSources.quoted(file)), cause);
    }

    static SourceException declaresEntities(Path file, Throwable cause) {
        return new SourceException(Problem.TOO_LARGE, Text.of("source.xlsx.xmlBomb", TableSources.quoted(file)), cause);
    }

    static SourceException textTooLong(Path file, int limit) {
        return new SourceException(Problem.TOO_LARGE,
                Text.of("source.xlsx.cellTooLong", TableSources.quoted(file), Text.grouped(limit), Text.grouped(32_767)));
    }

    static SourceException passwordRequired(Path file) {
        return new SourceException(Problem.PASSWORD_REQUIRED, Text.of("source.passwordRequired", TableSources.quoted(file)));
    }

    static SourceException passwordWrong(Path file) {
        return new SourceException(Problem.PASSWORD_WRONG, Text.of("source.xlsx.passwordWrong", TableSources.quoted(file)));
    }

    static SourceException unsupportedEncryption(Path file, Throwable cause) {
        return new SourceException(Problem.UNSUPPORTED_FORMAT,
                Text.of("source.xlsx.unsupportedEncryption", TableSources.quoted(file)), cause);
    }

    static SourceException binaryWorkbook(Path file) {
        return new SourceException(Problem.UNSUPPORTED_FORMAT, Text.of("source.xlsx.xlsb", TableSources.quoted(file)));
    }
}
