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
import org.audienceimport.text.Text;

/**
 * Loads a .xls workbook into memory read-only and turns every way that can fail into a
 * {@link SourceException} the user can act on.
 */
final class XlsWorkbookLoader {

    /** BIFF8 caps a sheet at 65,536 x 256 cells; a real .xls of contacts is a few MB. Beyond this, refuse. */
    static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

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
                throw new SourceException(Problem.PASSWORD_REQUIRED, Text.of("source.passwordRequired", name), e);
            }
            throw new SourceException(Problem.PASSWORD_WRONG, Text.of("source.xls.passwordWrong", name), e);
        } catch (OldExcelFormatException e) {
            throw new SourceException(Problem.UNSUPPORTED_FORMAT, Text.of("source.xls.excel95", name), e);
        } catch (OfficeXmlFileException | NotOLE2FileException e) {
            throw new SourceException(Problem.UNSUPPORTED_FORMAT, Text.of("source.xls.notXls", name), e);
        } catch (NoSuchFileException e) {
            throw new SourceException(Problem.NOT_FOUND, Text.of("source.disappeared", name), e);
        } catch (AccessDeniedException e) {
            throw new SourceException(Problem.NOT_READABLE, Text.of("source.accessDenied", name), e);
        } catch (IOException | RuntimeException e) {
            throw damaged(name, e);
        } catch (OutOfMemoryError e) {
            // The half-built workbook is garbage once we are here; a desktop user gets advice, not a crash.
            throw new SourceException(Problem.TOO_LARGE, Text.of("source.xls.outOfMemory", name), e);
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
            throw new SourceException(Problem.NOT_FOUND, Text.of("source.notFound", name), e);
        } catch (IOException e) {
            throw new SourceException(Problem.NOT_READABLE, Text.of("source.ioError", name, e.getMessage()), e);
        }
        if (size > MAX_FILE_BYTES) {
            throw new SourceException(Problem.TOO_LARGE,
                    Text.of("source.xls.tooLarge", name, size / (1024 * 1024), MAX_FILE_BYTES / (1024 * 1024)));
        }
    }

    static SourceException damaged(String name, Exception cause) {
        return new SourceException(Problem.DAMAGED, Text.of("source.xls.damaged", name), cause);
    }
}
