package org.audienceimport.source.xlsx;

import java.nio.file.Path;

import org.audienceimport.source.SourceException;
import org.audienceimport.source.SourceException.Problem;
import org.audienceimport.source.TableSources;

/** The messages a person sees when a workbook cannot be read: what is wrong and what to do next. */
final class XlsxProblems {

    private static final String REPAIR = "Get a fresh copy, or open it in Excel (which may repair it) and save it again.";

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
        return new SourceException(Problem.DAMAGED, TableSources.quoted(file)
                + " is damaged: it looks like an Excel workbook, but its contents cannot be read. It may have been "
                + "cut short by a download or copy. " + REPAIR, cause);
    }

    static SourceException damagedSheet(Path file, String sheet, int afterRow, Throwable cause) {
        String where = afterRow > 0 ? " after row " + afterRow : "";
        return new SourceException(Problem.DAMAGED, TableSources.quoted(file) + " is damaged: the sheet \u201C" + sheet
                + "\u201D cannot be read" + where + ". " + REPAIR, cause);
    }

    static SourceException expandsSuspiciously(Path file, Throwable cause) {
        return new SourceException(Problem.TOO_LARGE, TableSources.quoted(file)
                + " was refused to protect this computer: its contents would expand to far more data than a "
                + "workbook of its size holds, the way \u201Czip bomb\u201D files do. If you trust the file, open it "
                + "in Excel and save it again as a new .xlsx file.", cause);
    }

    static SourceException declaresEntities(Path file, Throwable cause) {
        return new SourceException(Problem.TOO_LARGE, TableSources.quoted(file)
                + " was refused to protect this computer: it contains XML entity declarations, which Excel never "
                + "writes and which can make a small file expand to gigabytes (an \u201CXML bomb\u201D). If you "
                + "trust the file, open it in Excel and save it again as a new .xlsx file.", cause);
    }

    static SourceException textTooLong(Path file, int limit) {
        return new SourceException(Problem.TOO_LARGE, TableSources.quoted(file)
                + " was refused to protect this computer: a cell holds more than " + String.format("%,d", limit)
                + " characters of text (Excel itself allows 32,767), which is how files built to exhaust memory "
                + "look. If you trust the file, open it in Excel and save it again as a new .xlsx file.");
    }

    static SourceException passwordRequired(Path file) {
        return new SourceException(Problem.PASSWORD_REQUIRED, TableSources.quoted(file)
                + " is protected by a password. Enter the password that opens it in Excel (command line: --password).");
    }

    static SourceException passwordWrong(Path file) {
        return new SourceException(Problem.PASSWORD_WRONG, "The password for " + TableSources.quoted(file)
                + " is not right. Enter the password that opens it in Excel; passwords are case-sensitive, so "
                + "check Caps Lock and the keyboard layout.");
    }

    static SourceException unsupportedEncryption(Path file, Throwable cause) {
        return new SourceException(Problem.UNSUPPORTED_FORMAT, TableSources.quoted(file)
                + " is protected with a kind of encryption that cannot be opened here. Open it in Excel, remove "
                + "the password (File > Info > Protect Workbook > Encrypt with Password), save it, and choose it again.",
                cause);
    }

    static SourceException binaryWorkbook(Path file) {
        return new SourceException(Problem.UNSUPPORTED_FORMAT, TableSources.quoted(file)
                + " is an Excel Binary Workbook (.xlsb), which cannot be read. Open it in Excel, choose File > Save As, "
                + "pick \"Excel Workbook (.xlsx)\", and choose the new file.");
    }
}
