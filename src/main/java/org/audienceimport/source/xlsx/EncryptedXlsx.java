package org.audienceimport.source.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.audienceimport.source.SourceException;

/**
 * Decrypts a password-protected .xlsx (an OLE2 container with EncryptionInfo and EncryptedPackage).
 *
 * <p>The decrypted workbook is kept in memory and never written to disk: a temporary file would leave
 * the contacts readable in clear text where anyone with access to the temp folder (or a crash that
 * skips the cleanup) could find them. Memory stays bounded because the decrypted package, still
 * zip-compressed, is no larger than the encrypted file; its parts are inflated as they are streamed.
 * (Should its shared strings outgrow the heap threshold, they spill to a temporary file encrypted with
 * a key held only in memory: see {@link SpillCipher}.)
 */
final class EncryptedXlsx {

    private EncryptedXlsx() {
    }

    /**
     * Excel encrypts some "protected" workbooks with its built-in password and opens them without
     * asking, so that one is always tried. A password the user gave is tried first: each attempt costs
     * a deliberately slow key derivation (up to 100,000 hash rounds).
     */
    private static void unlock(Path file, Decryptor decryptor, Optional<char[]> password)
            throws GeneralSecurityException, SourceException {
        Optional<char[]> given = password.filter(p -> p.length > 0);
        if (given.isPresent() && decryptor.verifyPassword(new String(given.get()))) {
            return;
        }
        if (decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD)) {
            return;
        }
        throw given.isPresent() ? XlsxProblems.passwordWrong(file) : XlsxProblems.passwordRequired(file);
    }

    static byte[] decrypt(Path file, Optional<char[]> password) throws SourceException {
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            EncryptionInfo info = new EncryptionInfo(container);
            Decryptor decryptor = info.getDecryptor();
            unlock(file, decryptor, password);
            long limit = Files.size(file);
            if (limit > Integer.MAX_VALUE - 64) {
                throw XlsxProblems.expandsSuspiciously(file, null);
            }
            try (InputStream in = decryptor.getDataStream(container)) {
                byte[] zip = in.readNBytes((int) limit);
                if (in.read() >= 0) {
                    throw XlsxProblems.damaged(file, null);
                }
                return zip;
            }
        } catch (GeneralSecurityException | EncryptedDocumentException e) {
            throw XlsxProblems.unsupportedEncryption(file, e);
        } catch (IOException | RuntimeException e) {
            throw XlsxProblems.damaged(file, e);
        }
    }
}
