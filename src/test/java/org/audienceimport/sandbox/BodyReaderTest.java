package org.audienceimport.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;

class BodyReaderTest {

    private static ByteArrayInputStream bytes(int count) {
        return new ByteArrayInputStream(new byte[count]);
    }

    @Test
    void readsABodyUpToTheLimit() throws Exception {
        BodyReader.Body body = new BodyReader(1_000, 0).read(bytes(1_000), -1);
        assertThat(body.tooLarge()).isFalse();
        assertThat(body.bytes()).hasSize(1_000);
        assertThat(body.complete()).isTrue();
    }

    @Test
    void countsAndDiscardsASlightlyLargerBodyToTheEnd() throws Exception {
        ByteArrayInputStream in = bytes(1_000 + BodyReader.SLACK);
        BodyReader.Body body = new BodyReader(1_000, 0).read(in, -1);
        assertThat(body.tooLarge()).isTrue();
        assertThat(body.bytes()).isEmpty();
        assertThat(body.bytesRead()).isEqualTo(1_000 + BodyReader.SLACK);
        assertThat(body.complete()).isTrue();
    }

    @Test
    void abandonsAMuchLargerBodySoonAfterTheLimit() throws Exception {
        ByteArrayInputStream in = bytes(10_000_000);
        BodyReader.Body body = new BodyReader(1_000, 0).read(in, -1);
        assertThat(body.tooLarge()).isTrue();
        assertThat(body.complete()).isFalse();
        assertThat(body.bytesRead()).isLessThan(1_000 + BodyReader.SLACK + 20_000);
        assertThat(in.available()).as("the rest is left unread").isPositive();
    }

    @Test
    void refusesADeclaredLengthFarOverTheLimitWithoutReading() throws Exception {
        ByteArrayInputStream in = bytes(100);
        BodyReader.Body body = new BodyReader(10, 0).read(in, 10 + BodyReader.SLACK + 1);
        assertThat(body.tooLarge()).isTrue();
        assertThat(body.bytesRead()).isZero();
        assertThat(in.available()).isEqualTo(100);
    }
}
