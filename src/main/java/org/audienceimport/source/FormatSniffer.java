package org.audienceimport.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what a file really is from its bytes, whatever its name says: Excel files renamed to .csv
 * and text files renamed to .xls are both common in the wild.
 */
public final class FormatSniffer {

    /** What the bytes say. Only XLSX, XLSX_ENCRYPTED, XLS and TEXT can be read. */
    public enum Kind {
        XLSX, XLSX_ENCRYPTED, XLS, TEXT,
        EMPTY, ODS, OLD_EXCEL, WORD, OTHER_ZIP, OTHER_OLE2, DAMAGED_ZIP, DAMAGED_OLE2,
        PDF, XML_SPREADSHEET_2003, HTML, BINARY
    }

    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private FormatSniffer() {
    }

    public static Kind sniff(Path file) throws IOException {
        byte[] head = readHead(file);
        if (head.length == 0) {
            return Kind.EMPTY;
        }
        if (startsWith(head, ZIP)) {
            return sniffZip(file);
        }
        if (startsWith(head, EMPTY_ZIP)) {
            return Kind.DAMAGED_ZIP;
        }
        if (startsWith(head, OLE2)) {
            return sniffOle2(file);
        }
        if (isRawBiff(head)) {
            return Kind.OLD_EXCEL;
        }
        if (startsWith(head, "%PDF".getBytes(StandardCharsets.US_ASCII))) {
            return Kind.PDF;
        }
        String start = asciiLowerCase(head, 1024);
        if (start.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
            return Kind.XML_SPREADSHEET_2003;
        }
        if (start.stripLeading().startsWith("<!doctype html") || start.stripLeading().startsWith("<html")
                || start.stripLeading().startsWith("<table")) {
            return Kind.HTML;
        }
        return looksLikeText(head) ? Kind.TEXT : Kind.BINARY;
    }

    private static Kind sniffZip(Path file) {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements() && names.size() < 10_000) {
                names.add(entries.nextElement().getName());
            }
            if (names.contains("mimetype")) {
                ZipEntry mimetype = zip.getEntry("mimetype");
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String type = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
                    if (type.startsWith("application/vnd.oasis.opendocument")) {
                        return Kind.ODS;
                    }
                }
            }
        } catch (ZipException e) {
            return Kind.DAMAGED_ZIP;
        } catch (IOException e) {
            return Kind.DAMAGED_ZIP;
        }
        boolean workbook = names.stream().anyMatch(n -> n.startsWith("xl/") || n.startsWith("/xl/"));
        if (names.contains("[Content_Types].xml") && workbook) {
            return Kind.XLSX;
        }
        if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
            return Kind.WORD;
        }
        return workbook ? Kind.XLSX : Kind.OTHER_ZIP;
    }

    private static Kind sniffOle2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") && root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return Kind.XLSX_ENCRYPTED;
            }
            if (root.hasEntryCaseInsensitive("Workbook")) {
                return Kind.XLS;
            }
            if (root.hasEntryCaseInsensitive("Book")) {
                return Kind.OLD_EXCEL;
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return Kind.WORD;
            }
            return Kind.OTHER_OLE2;
        } catch (IOException | RuntimeException e) {
            return Kind.DAMAGED_OLE2;
        }
    }

    /** Excel 2.x-4.x worksheets are bare BIFF records: a BOF record id, then its length. */
    private static boolean isRawBiff(byte[] head) {
        if (head.length < 4 || head[1] == 0x00 && head[0] == 0x00) {
            return false;
        }
        int recordId = (head[0] & 0xFF) | (head[1] & 0xFF) << 8;
        int length = (head[2] & 0xFF) | (head[3] & 0xFF) << 8;
        return (recordId == 0x0009 || recordId == 0x0209 || recordId == 0x0409 || recordId == 0x0809)
                && length >= 4 && length <= 20;
    }

    /**
     * Text unless the sample is full of control bytes. NUL bytes alone do not decide it: UTF-16 text
     * is half NULs (or, for Cyrillic, half 0x04 bytes), and exports with stray NULs exist.
     */
    static boolean looksLikeText(byte[] sample) {
        if (looksLikeUtf16(sample)) {
            return true;
        }
        int nul = 0;
        int control = 0;
        for (byte b : sample) {
            int c = b & 0xFF;
            if (c == 0) {
                nul++;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A && c != 0x1B) {
                control++;
            }
        }
        return control * 20 <= sample.length && nul * 3 <= sample.length;
    }

    /**
     * UTF-16 without a BOM: the high byte of each code unit is nearly always one of the first few
     * Unicode pages (Latin, Greek, Cyrillic), while the low bytes vary.
     */
    private static boolean looksLikeUtf16(byte[] sample) {
        int pairs = sample.length / 2;
        if (pairs < 2) {
            return false;
        }
        int lowPageEven = 0;
        int lowPageOdd = 0;
        for (int i = 0; i + 1 < sample.length; i += 2) {
            if ((sample[i] & 0xFF) < 0x06) {
                lowPageEven++;
            }
            if ((sample[i + 1] & 0xFF) < 0x06) {
                lowPageOdd++;
            }
        }
        int high = Math.max(lowPageEven, lowPageOdd);
        int low = Math.min(lowPageEven, lowPageOdd);
        return high * 10 >= pairs * 9 && low * 10 <= pairs * 2;
    }

    private static byte[] readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE_BYTES);
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String asciiLowerCase(byte[] data, int max) {
        int start = data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF ? 3 : 0;
        int end = Math.min(data.length, max);
        return new String(data, start, Math.max(0, end - start), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }
}
