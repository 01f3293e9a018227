package org.audienceimport.source.xls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.audienceimport.source.xls.XlsFixtures.readFirstSheet;

import java.nio.file.Path;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.Decryptor;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.SourceException.Problem;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsPasswordTest {

    @TempDir
    Path dir;

    @AfterEach
    void passwordNeverLeftOnTheThread() {
        assertThat(Biff8EncryptionKey.getCurrentUserPassword()).isNull();
    }

    private Path encrypted(String password) throws Exception {
        return XlsFixtures.writeEncrypted(dir.resolve("locked.xls"), password,
                wb -> wb.createSheet("Contacts").createRow(0).createCell(0).setCellValue("ann@example.com"));
    }

    @Test
    void withoutAPasswordTheUserIsAskedForOne() throws Exception {
        Path file = encrypted("s3cret");
        assertThatThrownBy(() -> XlsTableSource.open(file, ReadOptions.DETECT))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.problem()).isEqualTo(Problem.PASSWORD_REQUIRED))
                .hasMessage("\u201Clocked.xls\u201D is protected by a password. Enter the password that opens it in Excel "
                        + "(command line: --password).");
    }

    @Test
    void aWrongPasswordIsReportedWithoutRepeatingIt() throws Exception {
        Path file = encrypted("s3cret");
        assertThatThrownBy(() -> XlsTableSource.open(file, ReadOptions.DETECT.withPassword("S3CRET".toCharArray())))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.problem()).isEqualTo(Problem.PASSWORD_WRONG))
                .hasMessage("The password for \u201Clocked.xls\u201D is not right. Check Caps Lock and the keyboard "
                        + "language, then try again.")
                .message().doesNotContain("S3CRET");
    }

    @Test
    void theRightPasswordOpensIt() throws Exception {
        Path file = encrypted("s3cret");
        try (TableSource source = TableSources.open(file, ReadOptions.DETECT.withPassword("s3cret".toCharArray()))) {
            assertThat(readFirstSheet(source).getFirst().text(0)).isEqualTo("ann@example.com");
        }
    }

    @Test
    void excelsDefaultPasswordOpensSilently() throws Exception {
        Path file = encrypted(Decryptor.DEFAULT_PASSWORD);
        try (TableSource source = XlsTableSource.open(file, ReadOptions.DETECT)) {
            assertThat(readFirstSheet(source).getFirst().text(0)).isEqualTo("ann@example.com");
        }
    }

    @Test
    void aPasswordGivenForAnUnprotectedFileIsIgnored() throws Exception {
        Path file = XlsFixtures.write(dir.resolve("open.xls"),
                wb -> wb.createSheet("Contacts").createRow(0).createCell(0).setCellValue("bob@example.com"));
        try (TableSource source = XlsTableSource.open(file, ReadOptions.DETECT.withPassword("unused".toCharArray()))) {
            assertThat(readFirstSheet(source).getFirst().text(0)).isEqualTo("bob@example.com");
        }
    }

    @Test
    void aPasswordSetByTheCallerOnTheThreadIsNotUsedOrKept() throws Exception {
        Path file = encrypted("s3cret");
        Biff8EncryptionKey.setCurrentUserPassword("s3cret");
        try {
            assertThatThrownBy(() -> XlsTableSource.open(file, ReadOptions.DETECT))
                    .isInstanceOfSatisfying(SourceException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.PASSWORD_REQUIRED));
        } finally {
            assertThat(Biff8EncryptionKey.getCurrentUserPassword()).isNull();
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }
}
