package org.audienceimport.source;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ColumnLettersTest {

    @Test
    void lettersAsSpreadsheetsShowThem() {
        assertThat(ColumnLetters.of(0)).isEqualTo("A");
        assertThat(ColumnLetters.of(25)).isEqualTo("Z");
        assertThat(ColumnLetters.of(26)).isEqualTo("AA");
        assertThat(ColumnLetters.of(701)).isEqualTo("ZZ");
        assertThat(ColumnLetters.of(702)).isEqualTo("AAA");
        assertThat(ColumnLetters.of(16383)).isEqualTo("XFD");
        assertThat(ColumnLetters.indexOf("xfd")).isEqualTo(16383);
        assertThat(ColumnLetters.indexOf("A1")).isEqualTo(-1);
    }

    @Property
    void lettersAndIndexesRoundTrip(@ForAll @IntRange(min = 0, max = 16383) int index) {
        assertThat(ColumnLetters.indexOf(ColumnLetters.of(index))).isEqualTo(index);
    }
}
