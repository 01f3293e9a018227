package org.audienceimport.source.csv;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.audienceimport.source.csv.CsvFiles.concat;
import static org.audienceimport.source.csv.CsvFiles.readTexts;
import static org.audienceimport.source.csv.CsvFiles.write;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.TableSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingDetectorTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset KOI8_R = Charset.forName("KOI8-R");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final String RUSSIAN = "Фамилия;Имя;Город;Телефон\nИванов;Иван;Москва;+7 495 123-45-67\n"
            + "Петрова;Мария;Санкт-Петербург;8 (812) 555-01-02\nСидоров;Пётр;Нижний Новгород;\n";
    private static final String FRENCH_GERMAN = "Nom;Prénom;Ville;Téléphone\nDupont;Hélène;Québec;0123456789\n"
            + "Müller;Jürgen;Köln;0221 555\nGarçon;François;Besançon;\nAraújo;João;São Paulo;\n";

    @TempDir
    Path dir;

    @Test
    void byteOrderMarksDecideAndAreStrippedFromTheFirstHeader() throws Exception {
        String text = "email,name\nx@y.z,ʤ\n";
        List<List<String>> expected = List.of(List.of("email", "name"), List.of("x@y.z", "ʤ"));
        assertDetectedAndRead(concat(UTF8_BOM, text.getBytes(UTF_8)), UTF_8, expected);
        assertDetectedAndRead(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(UTF_16LE)), UTF_16LE, expected);
        assertDetectedAndRead(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(UTF_16BE)), UTF_16BE, expected);
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsNulBytes() throws Exception {
        String text = "email,name\nx@y.z,Zoë\n";
        List<List<String>> expected = List.of(List.of("email", "name"), List.of("x@y.z", "Zoë"));
        assertDetectedAndRead(text.getBytes(UTF_16LE), UTF_16LE, expected);
        assertDetectedAndRead(text.getBytes(UTF_16BE), UTF_16BE, expected);
    }

    @Test
    void validUtf8WithoutBomIsUtf8AndPlainAsciiReportsUtf8() throws Exception {
        assertDetectedAndRead("name\nJosé Ñúñez\nМосква\n".getBytes(UTF_8), UTF_8,
                List.of(List.of("name"), List.of("José Ñúñez"), List.of("Москва")));
        assertDetectedAndRead("a,b\n1,2\n".getBytes(UTF_8), UTF_8, List.of(List.of("a", "b"), List.of("1", "2")));
    }

    @Test
    void russianWindows1251IsToldFromWesternWindows1252() throws Exception {
        assertDetectedAndRead(RUSSIAN.getBytes(WINDOWS_1251), WINDOWS_1251, null);
        assertDetectedAndRead(FRENCH_GERMAN.getBytes(WINDOWS_1252), WINDOWS_1252, null);
        assertDetectedAndRead("Firma\nStraße 5\n".getBytes(WINDOWS_1252), WINDOWS_1252, null);
        assertDetectedAndRead("name\nИВАНОВ ИВАН\nПЕТРОВ ПЁТР\n".getBytes(WINDOWS_1251), WINDOWS_1251, null);
    }

    @Test
    void russianKoi8RIsToldFromWindows1251() throws Exception {
        assertDetectedAndRead(RUSSIAN.getBytes(KOI8_R), KOI8_R, null);
    }

    @Test
    void aSampleCutInsideAMultiByteCharacterIsStillUtf8() throws Exception {
        byte[] euro = "€".getBytes(UTF_8);
        byte[] head = new byte[(1 << 20) - 1];
        Arrays.fill(head, (byte) 'a');
        Path file = write(dir, "cut.csv", concat(concat(head, euro), "\n".getBytes(UTF_8)));
        assertThat(EncodingDetector.detect(file, Optional.empty()).charset()).isEqualTo(UTF_8);
        // The same unfinished sequence at the real end of a file is not UTF-8.
        assertThat(EncodingDetector.isValidUtf8(concat("ab".getBytes(UTF_8), Arrays.copyOf(euro, 2)), true)).isFalse();
        assertThat(EncodingDetector.isValidUtf8(concat("ab".getBytes(UTF_8), Arrays.copyOf(euro, 2)), false)).isTrue();
        assertThat(EncodingDetector.isValidUtf8(new byte[] {'a', (byte) 0xC3, 'b'}, false)).isFalse();
    }

    @Test
    void invalidUtf8AfterTheSampleStillDecodesWithReplacementCharacters() throws Exception {
        byte[] head = new byte[(1 << 20) + 10];
        Arrays.fill(head, (byte) 'a');
        head[head.length - 3] = '\n';
        head[head.length - 2] = (byte) 0xE9; // é in windows-1252, invalid in UTF-8
        head[head.length - 1] = '\n';
        Path file = write(dir, "late.csv", head);
        assertThat(EncodingDetector.detect(file, Optional.empty()).charset()).isEqualTo(UTF_8);
        assertThat(readTexts(file).getLast()).containsExactly("\uFFFD");
    }

    @Test
    void aChosenEncodingWinsButItsOwnBomIsStillSkipped() throws Exception {
        Path russian = write(dir, "ru.csv", RUSSIAN.getBytes(WINDOWS_1251));
        ReadOptions western = ReadOptions.DETECT.withEncoding(WINDOWS_1252);
        try (TableSource source = CsvTableSource.open(russian, western)) {
            assertThat(source.encoding()).contains(WINDOWS_1252);
            assertThat(CsvFiles.texts(CsvFiles.readRows(source)).getFirst().getFirst())
                    .isEqualTo(new String("Фамилия".getBytes(WINDOWS_1251), WINDOWS_1252));
        }
        byte[] withBom = concat(UTF8_BOM, "name\nx\n".getBytes(UTF_8));
        assertThat(EncodingDetector.detect(withBom, true, Optional.of(UTF_8))).isEqualTo(new DetectedEncoding(UTF_8, 3));
        assertThat(EncodingDetector.detect(withBom, true, Optional.of(WINDOWS_1252)))
                .isEqualTo(new DetectedEncoding(WINDOWS_1252, 0));
    }

    private void assertDetectedAndRead(byte[] bytes, Charset expected, List<List<String>> expectedRows) throws Exception {
        Path file = write(dir, "data.csv", bytes);
        try (TableSource source = CsvTableSource.open(file, ReadOptions.DETECT)) {
            assertThat(source.encoding()).contains(expected);
            List<List<String>> rows = CsvFiles.texts(CsvFiles.readRows(source));
            if (expectedRows != null) {
                assertThat(rows).isEqualTo(expectedRows);
            } else {
                // What the file's author wrote comes back, whatever the code page was.
                String decoded = new String(bytes, expected);
                assertThat(rows.getFirst()).isEqualTo(List.of(decoded.substring(0, decoded.indexOf('\n')).split("[;,]")));
            }
        }
    }
}
