package org.audienceimport.source.csv;

import java.nio.charset.Charset;

/**
 * Chooses the single-byte code page of a file that is not UTF-8: Western (windows-1252, which also
 * reads ISO-8859-1 text) or Russian (windows-1251, or the older KOI8-R).
 *
 * <p>The tell is how letters above ASCII sit in the text. In Russian every letter of a word is such a
 * byte, so they come in runs as long as the words; in French, German, Spanish or Portuguese text they
 * are single accented letters between plain ASCII ones. Between the two Russian code pages, the one
 * under which the most frequent Russian letters (о, е, а, и, н, т, с, р) come out most often wins.
 */
final class CodePageGuesser {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset KOI8_R = Charset.forName("KOI8-R");

    private static final int WORD_RUN = 3;
    private static final String FREQUENT_RUSSIAN_LETTERS = "оеаинтср";

    private CodePageGuesser() {
    }

    static Charset guess(byte[] sample) {
        int highLetters = 0;
        int inWordRuns = 0;
        int run = 0;
        for (byte b : sample) {
            if (isCyrillicLetterByte(b & 0xFF)) {
                highLetters++;
                run++;
                if (run == WORD_RUN) {
                    inWordRuns += WORD_RUN;
                } else if (run > WORD_RUN) {
                    inWordRuns++;
                }
            } else {
                run = 0;
            }
        }
        if (highLetters == 0 || inWordRuns * 2 < highLetters) {
            return EncodingDetector.WINDOWS_1252;
        }
        return frequentLetterCount(sample, KOI8_R) > frequentLetterCount(sample, WINDOWS_1251) ? KOI8_R : WINDOWS_1251;
    }

    /** Bytes that are letters in windows-1251 or KOI8-R: 0xC0–0xFF, and Ё/ё of either. */
    private static boolean isCyrillicLetterByte(int b) {
        return b >= 0xC0 || b == 0xA8 || b == 0xB8 || b == 0xA3 || b == 0xB3;
    }

    private static int frequentLetterCount(byte[] sample, Charset charset) {
        boolean[] frequent = new boolean[256];
        byte[] all = new byte[128];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) (0x80 + i);
        }
        String decoded = new String(all, charset);
        for (int i = 0; i < decoded.length(); i++) {
            char lower = Character.toLowerCase(decoded.charAt(i));
            frequent[0x80 + i] = FREQUENT_RUSSIAN_LETTERS.indexOf(lower) >= 0;
        }
        int count = 0;
        for (byte b : sample) {
            if (frequent[b & 0xFF]) {
                count++;
            }
        }
        return count;
    }
}
