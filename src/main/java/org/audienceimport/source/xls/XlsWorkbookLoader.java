package org.audienceimport.source.xls;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.SourceException.Problem;
import org.audienceimport.source.TableSources;

/**
 * Loads a .xls workbook into memory read-only and turns every way that can fail into a
 * {@link SourceException} the user can act on.
 */
final class XlsWorkbookLoader {

    /** BIFF8 caps a sheet at 65,536 x 256 cells; a real .xls of contacts is a few MB. Beyond this, refuse. */
    static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    private static final String RESAVE_AS_XLSX = "Open it in Excel (or LibreOffice Calc), choose File > Save As, "
            + "pick \"Excel Workbook (.xlsx)\", and choose the new file.";

    private static final String SMALLER_FILE_ADVICE = "Open it in Excel, remove what is not contacts (pictures, "
            + "other sheets), or save it as \"Excel Workbook (.xlsx)\" or \"CSV UTF-8\" and choose the new file.";

    private XlsWorkbookLoader() {
    }

    static HSSFWorkbook load(Path file, ReadOptions options) throws SourceException {
        String name = TableSources.quoted(file);
        checkSize(file, name);
        String password = options.password().map(String::new).orElse(null);
        try {
            return loadWithPassword(file, password);
        } catch (EncryptedDocumentException e) {
            // With no password POI has already tried Excel's default one ("VelvetSweatshop") by itself.
            if (password == null) {
                throw new SourceException(Problem.PASSWORD_REQUIRED, name + " is protected by a password. Enter the "
                        + "password that opens it in Excel (command line: --password).", e);
            }
            throw new SourceException(Problem.PASSWORD_WRONG, "The password for " + name + " is not right. "
                    + "Check Caps Lock and the keyboard language, then try again.", e);
        } catch (OldExcelFormatException e) {
            throw new SourceException(Problem.UNSUPPORTED_FORMAT,
                    name + " is in the old Excel 5.0/95 format, which cannot be read. " + RESAVE_AS_XLSX, e);
        } catch (OfficeXmlFileException | NotOLE2FileException e) {
            throw new SourceException(Problem.UNSUPPORTED_FORMAT, name + " is not an Excel 97-2003 workbook (.xls) "
                    + "on the inside, whatever its name says. Choose a .xlsx, .xls or .csv file.", e);
        } catch (NoSuchFileException e) {
            throw new SourceException(Problem.NOT_FOUND, name + " disappeared while it was being opened. "
                    + "Choose the file again.", e);
        } catch (AccessDeniedException e) {
            throw new SourceException(Problem.NOT_READABLE, "You are not allowed to read " + name
                    + ". Copy it to a folder of your own, or ask its owner for access.", e);
        } catch (IOException | RuntimeException e) {
            throw damaged(name, e);
        } catch (OutOfMemoryError e) {
            // The half-built workbook is garbage once we are here; a desktop user gets advice, not a crash.
            throw new SourceException(Problem.TOO_LARGE, name + " holds more than Audience Import can load into the "
                    + "memory available. " + SMALLER_FILE_ADVICE, e);
        }
    }

    /**
     * POI reads the password from a thread-local; it is set only for the length of the load and
     * always cleared, so it never leaks into a later load on the same thread.
     */
    private static HSSFWorkbook loadWithPassword(Path file, String password) throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            // preserveNodes=false: the workbook keeps no handle on the file, so closing fs here is safe.
            return new HSSFWorkbook(fs.getRoot(), false);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    private static void checkSize(Path file, String name) throws SourceException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new SourceException(Problem.NOT_FOUND, "There is no file " + name + ". Check the name and folder, "
                    + "or choose the file again.", e);
        } catch (IOException e) {
            throw new SourceException(Problem.NOT_READABLE, name + " could not be read (" + e.getMessage()
                    + "). If it is on a network drive or USB stick, copy it to your computer and try again.", e);
        }
        if (size > MAX_FILE_BYTES) {
            throw new SourceException(Problem.TOO_LARGE, name + " is " + (size / (1024 * 1024)) + " MB, larger than "
                    + "an Excel 97-2003 workbook of contacts should ever be (the limit is " + (MAX_FILE_BYTES / (1024 * 1024))
                    + " MB). " + SMALLER_FILE_ADVICE);
        }
    }

    static SourceException damaged(String name, Exception cause) {
        return new SourceException(Problem.DAMAGED, name + " is damaged: it is an Excel 97-2003 workbook (.xls), "
                + "but its contents cannot be read. It may have been cut short by a download or copy. Get a fresh "
                + "copy, or open it in Excel, which may repair it, and save it again.", cause);
    }
}
