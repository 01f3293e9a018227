package org.audienceimport.source.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random shared-string tables read on demand in random order, spilling to disk (and encrypted) part-way
 * through: every string asked for comes out as written, only as much of the part as was asked for is parsed,
 * and a read of every index afterwards gives the whole table.
 */
class SharedStringTableTest {

    private static final String[] PIECES = {"user", "@example.com", "\u041C\u0430\u0440\u0438\u044F", " ", "0042",
            "\uD835\uDF4A", "&amp;", "&lt;b&gt;", "\u7530\u4E2D", "x", "+7 (912) 000-00-00", "\t"};

    static Stream<Arguments> seeds() {
        return IntStream.range(0, 24).mapToObj(seed -> Arguments.of(seed, seed % 3 == 0, seed % 2 == 0));
    }

    @ParameterizedTest(name = "seed {0}, encrypted spill {1}, small spill threshold {2}")
    @MethodSource("seeds")
    void stringsAskedForInAnyOrderComeOutAsWrittenAndOnlyWhatWasAskedForIsParsed(int seed, boolean encrypted,
            boolean smallThreshold) throws Exception {
        Random random = new Random(seed);
        int count = 1 + random.nextInt(3000);
        List<String> expected = new ArrayList<>();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"")
                .append(HandMadeXlsx.MAIN).append("\" count=\"").append(count).append("\">");
        for (int i = 0; i < count; i++) {
            expected.add(item(random, xml));
        }
        xml.append("</sst>");

        long threshold = smallThreshold ? 2_000 : Long.MAX_VALUE;
        try (SharedStringTable table = SharedStringTable.open(new XmlParts(),
                new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)), threshold, 4096,
                encrypted ? new SpillCipher() : null)) {
            int highest = -1;
            for (int ask = 0; ask < 200; ask++) {
                // Mostly near what was asked last (rows refer to strings near their first use), sometimes far.
                int index = random.nextInt(4) == 0 ? random.nextInt(count + 10) - 5
                        : Math.max(0, highest) + random.nextInt(20) - 10;
                assertThat(table.get(index)).as("index %d of %d", index, count)
                        .isEqualTo(index >= 0 && index < count ? expected.get(index) : null);
                highest = Math.max(highest, index);
                assertThat(table.parsedSoFar()).isEqualTo(Math.min(count, highest + 1));
            }
            for (int index = count - 1; index >= 0; index--) {
                assertThat(table.get(index)).isEqualTo(expected.get(index));
            }
            assertThat(table.get(count)).isNull();
            assertThat(table.parsedSoFar()).isEqualTo(count);
            if (smallThreshold && count > 200) {
                assertThat(table.spilled()).isTrue();
            }
        }
    }

    /** Appends one {@code <si>}, plain or in rich-text runs, maybe with a phonetic guide; returns its value. */
    private static String item(Random random, StringBuilder xml) {
        List<String> pieces = new ArrayList<>();
        int length = random.nextInt(6);
        for (int i = 0; i < length; i++) {
            pieces.add(PIECES[random.nextInt(PIECES.length)]);
        }
        if (random.nextInt(50) == 0) {
            pieces.add("y".repeat(random.nextInt(3000)));
        }
        xml.append("<si>");
        if (random.nextBoolean()) {
            xml.append("<t xml:space=\"preserve\">").append(String.join("", pieces)).append("</t>");
        } else {
            for (String piece : pieces) {
                xml.append("<r>").append(random.nextBoolean() ? "<rPr><b/></rPr>" : "")
                        .append("<t xml:space=\"preserve\">").append(piece).append("</t></r>");
            }
        }
        if (random.nextInt(5) == 0) {
            xml.append("<rPh sb=\"0\" eb=\"1\"><t>\u30BF\u30CA\u30AB</t></rPh><phoneticPr fontId=\"1\"/>");
        }
        xml.append("</si>");
        return String.join("", pieces).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }
}
