package org.audienceimport.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class BodySplitterTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void splitsTheAudienceInTwoHalvesInOrderKeepingEveryByte() throws Exception {
        byte[] body = bytes("{\"segment_id\":146,\"audience\":[{\"email\":\"a@x.io\",\"n\":1.50},{\"phone\":\"79123456789\","
                + "\"kids\":[{\"gender\":\"f\"}]},{\"email\":\"\u00e7@x.io\",\"tags\":[\"]\",\"}\"]}]}");
        List<byte[]> halves = BodySplitter.halves(body);
        assertThat(text(halves.get(0))).isEqualTo("{\"segment_id\":146,\"audience\":[{\"email\":\"a@x.io\",\"n\":1.50},"
                + "{\"phone\":\"79123456789\",\"kids\":[{\"gender\":\"f\"}]}]}");
        assertThat(text(halves.get(1))).isEqualTo("{\"segment_id\":146,\"audience\":[{\"email\":\"\u00e7@x.io\",\"tags\":[\"]\",\"}\"]}]}");
        assertThat(BodySplitter.count(halves.get(0))).isEqualTo(2);
        assertThat(BodySplitter.count(halves.get(1))).isEqualTo(1);
        new ObjectMapper().readTree(halves.get(1));
    }

    @Test
    void worksWhateverTheOrderOfTheFields() throws Exception {
        byte[] body = bytes("{\"audience\":[{\"i\":1},{\"i\":2}],\"segment_id\":7}");
        List<byte[]> halves = BodySplitter.halves(body);
        assertThat(text(halves.get(0))).isEqualTo("{\"audience\":[{\"i\":1}],\"segment_id\":7}");
        assertThat(text(halves.get(1))).isEqualTo("{\"audience\":[{\"i\":2}],\"segment_id\":7}");
    }

    @Test
    void aSingleContactCannotBeSplit() {
        assertThatThrownBy(() -> BodySplitter.halves(bytes("{\"audience\":[{\"i\":1}]}")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
