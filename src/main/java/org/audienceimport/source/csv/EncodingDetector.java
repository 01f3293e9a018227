package org.audienceimport.source.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Works out the encoding of a text file from its first megabyte.
 *
 * <p>In order: a byte-order mark decides; else UTF-16 shows itself by its NUL bytes; else text that is
 * valid UTF-8 is UTF-8 (plain ASCII included); else it is a single-byte code page, told apart by
 * {@link CodePageGuesser}. A chosen encoding overrides all that, but a BOM of that same encoding is
 * still skipped.
 */
final class EncodingDetector {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int SAMPLE_BYTES = 1 << 20;
    private static final int UTF16_PROBE_BYTES = 4096;

    private EncodingDetector() {
    }

    static DetectedEncoding detect(Path file, Optional<Charset> chosen) throws IOException {
        byte[] head;
        boolean wholeFile;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE_BYTES);
            wholeFile = head.length < SAMPLE_BYTES || in.read() < 0;
        }
        return detect(head, wholeFile, chosen);
    }

    static DetectedEncoding detect(byte[] head, boolean wholeFile, Optional<Charset> chosen) {
        Optional<DetectedEncoding> bom = byBom(head);
        if (chosen.isPresent()) {
            Charset charset = chosen.get();
            int skip = bom.filter(b -> b.charset().equals(charset)).map(DetectedEncoding::bomLength).orElse(0);
            return new DetectedEncoding(charset, skip);
        }
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> utf16 = utf16ByNulPattern(head);
        if (utf16.isPresent()) {
            return new DetectedEncoding(utf16.get(), 0);
        }
        if (isValidUtf8(head, wholeFile)) {
            return new DetectedEncoding(StandardCharsets.UTF_8, 0);
        }
        return new DetectedEncoding(CodePageGuesser.guess(head), 0);
    }

    private static Optional<DetectedEncoding> byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new DetectedEncoding(StandardCharsets.UTF_8, 3));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new DetectedEncoding(StandardCharsets.UTF_16LE, 2));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new DetectedEncoding(StandardCharsets.UTF_16BE, 2));
        }
        return Optional.empty();
    }

    /**
     * Without a BOM, UTF-16 of mostly Latin text (which CSV headers, numbers and e-mails are) has a NUL
     * in every other byte: at odd offsets in little-endian, at even ones in big-endian.
     */
    private static Optional<Charset> utf16ByNulPattern(byte[] head) {
        int pairs = Math.min(head.length, UTF16_PROBE_BYTES) / 2;
        if (pairs < 2) {
            return Optional.empty();
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            if (head[i] == 0) {
                evenNul++;
            }
            if (head[i + 1] == 0) {
                oddNul++;
            }
        }
        if (oddNul * 10 >= pairs * 6 && evenNul * 10 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenNul * 10 >= pairs * 6 && oddNul * 10 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /**
     * Strict UTF-8 check. When the sample is only the start of the file it may end inside a multi-byte
     * sequence; that unfinished tail is not held against it.
     */
    static boolean isValidUtf8(byte[] head, boolean wholeFile) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, wholeFile);
            if (result.isError()) {
                return false;
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            // Underflow: everything decoded, or (for a cut sample) at most an unfinished sequence left.
            if (wholeFile) {
                out.clear();
                return !decoder.flush(out).isError();
            }
            return in.remaining() < 4;
        }
    }
}
