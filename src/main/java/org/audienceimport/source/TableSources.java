package org.audienceimport.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.audienceimport.source.csv.CsvTableSource;
import org.audienceimport.source.xls.XlsTableSource;
import org.audienceimport.source.xlsx.XlsxTableSource;

/** Opens any file the app can read, choosing the reader from the file's bytes. */
public final class TableSources {

    private static final String RESAVE_AS_XLSX = "Open it in Excel (or LibreOffice Calc), choose File > Save As, "
            + "pick \"Excel Workbook (.xlsx)\", and choose the new file.";

    private TableSources() {
    }

    public static TableSource open(Path file, ReadOptions options) throws SourceException {
        String name = quoted(file);
        if (!Files.exists(file)) {
            throw new SourceException(SourceException.Problem.NOT_FOUND,
                    "There is no file " + name + " at " + file.toAbsolutePath().getParent()
                            + ". Check the name and folder, or choose the file again.");
        }
        if (Files.isDirectory(file)) {
            throw new SourceException(SourceException.Problem.NOT_READABLE,
                    name + " is a folder, not a file. Choose a .xlsx, .xls or .csv file inside it.");
        }
        FormatSniffer.Kind kind;
        try {
            kind = FormatSniffer.sniff(file);
        } catch (AccessDeniedException e) {
            throw new SourceException(SourceException.Problem.NOT_READABLE,
                    "You are not allowed to read " + name + ". Copy it to a folder of your own, or ask its owner for access.", e);
        } catch (NoSuchFileException e) {
            throw new SourceException(SourceException.Problem.NOT_FOUND,
                    name + " disappeared while it was being opened. Choose the file again.", e);
        } catch (IOException e) {
            throw new SourceException(SourceException.Problem.NOT_READABLE,
                    name + " could not be read (" + e.getMessage() + "). If it is on a network drive or USB stick, "
                            + "copy it to your computer and try again.", e);
        }
        return switch (kind) {
            case XLSX -> XlsxTableSource.open(file, options);
            case XLSX_ENCRYPTED -> XlsxTableSource.openEncrypted(file, options);
            case XLS -> XlsTableSource.open(file, options);
            case TEXT -> CsvTableSource.open(file, options);
            case EMPTY -> throw unsupported(SourceException.Problem.EMPTY, name + " is empty (0 bytes). "
                    + "Check that it was saved completely, or choose another file.");
            case ODS -> throw unsupported(name + " is an OpenDocument spreadsheet (LibreOffice, OpenOffice). "
                    + "Open it in LibreOffice Calc, choose File > Save As, pick \"Excel 2007-365 (.xlsx)\", and choose the new file.");
            case OLD_EXCEL -> throw unsupported(name + " is in the old Excel 5.0/95 format (or older), which cannot be read. "
                    + RESAVE_AS_XLSX);
            case WORD -> throw unsupported(name + " is a Word document, not a spreadsheet. Choose the spreadsheet "
                    + "(.xlsx, .xls or .csv) that holds the contacts.");
            case PDF -> throw unsupported(name + " is a PDF document, not a spreadsheet. Export the contacts from the "
                    + "program that made it as .xlsx or .csv.");
            case XML_SPREADSHEET_2003 -> throw unsupported(name + " is an \"XML Spreadsheet 2003\" file. " + RESAVE_AS_XLSX);
            case HTML -> throw unsupported(name + " is a web page (HTML) saved with a spreadsheet name; many systems "
                    + "export this way. " + RESAVE_AS_XLSX);
            case OTHER_ZIP -> throw unsupported(name + " is a ZIP archive, not a spreadsheet. If the contacts are inside "
                    + "it, extract them first and choose the .xlsx or .csv file.");
            case OTHER_OLE2 -> throw unsupported(name + " is an Office file, but not an Excel workbook. Choose the "
                    + "spreadsheet (.xlsx, .xls or .csv) that holds the contacts.");
            case DAMAGED_ZIP, DAMAGED_OLE2 -> throw new SourceException(SourceException.Problem.DAMAGED,
                    name + " is damaged: it looks like a workbook, but its contents cannot be read. It may have been "
                            + "cut short by a download or copy. Get a fresh copy, or open it in Excel, which may repair it, "
                            + "and save it again.");
            case BINARY -> throw unsupported(name + " is not a spreadsheet or text file that Audience Import can read. "
                    + "Choose a .xlsx, .xls or .csv file.");
        };
    }

    private static SourceException unsupported(String message) {
        return unsupported(SourceException.Problem.UNSUPPORTED_FORMAT, message);
    }

    private static SourceException unsupported(SourceException.Problem problem, String message) {
        return new SourceException(problem, message);
    }

    /** The file's name in quotes, as messages show it. */
    public static String quoted(Path file) {
        Path name = file.getFileName();
        return "\u201C" + (name == null ? file : name) + "\u201D";
    }
}
