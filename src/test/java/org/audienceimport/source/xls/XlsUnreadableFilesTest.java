package org.audienceimport.source.xls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.audienceimport.source.xls.XlsFixtures.readFirstSheet;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Random;

import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.SourceException.Problem;
import org.audienceimport.source.TableSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsUnreadableFilesTest {

    @TempDir
    Path dir;

    private Path contacts(String name) throws Exception {
        return XlsFixtures.write(dir.resolve(name), wb -> {
            HSSFSheet sheet = wb.createSheet("Contacts");
            for (int i = 0; i < 2_000; i++) {
                sheet.createRow(i).createCell(0).setCellValue("person" + i + "@example.com");
            }
        });
    }

    private static Problem problemOpening(Path file) {
        try {
            XlsTableSource.open(file, ReadOptions.DETECT).close();
            throw new AssertionError("expected " + file.getFileName() + " to be refused");
        } catch (SourceException e) {
            assertThat(e.getMessage()).startsWith("\u201C" + file.getFileName() + "\u201D").doesNotContain("Exception");
            return e.problem();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFileCutShortIsDamaged() throws Exception {
        Path whole = contacts("whole.xls");
        byte[] bytes = Files.readAllBytes(whole);
        for (int length : new int[] {600, bytes.length / 2, bytes.length - 700}) {
            Path cut = Files.write(dir.resolve("cut-" + length + ".xls"), Arrays.copyOf(bytes, length));
            assertThat(problemOpening(cut)).as("cut at %d bytes", length).isEqualTo(Problem.DAMAGED);
        }
    }

    @Test
    void aWorkbookStreamOfGarbageIsDamaged() throws Exception {
        byte[] garbage = new byte[4_096];
        new Random(7).nextBytes(garbage);
        Path file = dir.resolve("garbage.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(garbage), "Workbook");
            fs.writeFilesystem(out);
        }
        assertThat(problemOpening(file)).isEqualTo(Problem.DAMAGED);
    }

    @Test
    void somethingElseNamedXlsIsNotReadAsOne() throws Exception {
        Path text = Files.writeString(dir.resolve("text.xls"), "email\nann@example.com\n", StandardCharsets.UTF_8);
        assertThat(problemOpening(text)).isEqualTo(Problem.UNSUPPORTED_FORMAT);
    }

    @Test
    void anOversizedFileIsRefusedBeforeReading() throws Exception {
        Path big = dir.resolve("huge.xls");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(XlsWorkbookLoader.MAX_FILE_BYTES + 1); // sparse: costs no disk space
        }
        assertThatThrownBy(() -> XlsTableSource.open(big, ReadOptions.DETECT))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE))
                .hasMessageContaining(".xlsx").hasMessageContaining("CSV");
    }

    @Test
    void readingNeverChangesTheFile() throws Exception {
        Path file = contacts("keep.xls");
        FileTime past = FileTime.fromMillis(1_500_000_000_000L);
        Files.setLastModifiedTime(file, past);
        byte[] before = Files.readAllBytes(file);
        try (TableSource source = XlsTableSource.open(file, ReadOptions.DETECT)) {
            assertThat(readFirstSheet(source)).hasSize(2_000);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(past);
    }

    @Test
    void noHandleOnTheFileIsLeftOpenWhileReadingOrAfterAFailure() throws Exception {
        Path proc = Path.of("/proc/self/fd");
        Assumptions.assumeTrue(Files.isDirectory(proc), "needs /proc to list open files (Linux)");
        Path file = contacts("release.xls");
        try (var probe = java.nio.channels.FileChannel.open(file)) {
            assertThat(probe.isOpen()).isTrue();
            assertThat(openHandlesOn(file, proc)).as("the probe itself is seen").isEqualTo(1);
        }
        try (TableSource source = XlsTableSource.open(file, ReadOptions.DETECT)) {
            assertThat(readFirstSheet(source)).hasSize(2_000);
            assertThat(openHandlesOn(file, proc)).isZero();
        }
        Path cut = Files.write(dir.resolve("cut.xls"), Arrays.copyOf(Files.readAllBytes(file), 5_000));
        assertThat(problemOpening(cut)).isEqualTo(Problem.DAMAGED);
        assertThat(openHandlesOn(cut, proc)).isZero();
    }

    private static long openHandlesOn(Path file, Path proc) throws java.io.IOException {
        Path real = file.toRealPath();
        try (var fds = Files.list(proc)) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(real);
                } catch (java.io.IOException | UnsupportedOperationException e) {
                    return false; // the descriptor closed while listing
                }
            }).count();
        }
    }
}
