package org.audienceimport.source.xlsx;

/**
 * Excel's escapes in stored text: a character that XML cannot carry (such as a carriage return in
 * some writers' output) is written {@code _xHHHH_}, and a literal "_x" that looks like one is written
 * with its underscore escaped as {@code _x005F_}.
 */
final class ExcelText {

    private ExcelText() {
    }

    static String decode(String text) {
        int start = text.indexOf("_x");
        if (start < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int i = start;
        while (i >= 0 && i + 7 <= text.length()) {
            if (text.charAt(i + 6) == '_' && isHex(text, i + 2, i + 6)) {
                out.append(text, copied, i).append((char) Integer.parseInt(text, i + 2, i + 6, 16));
                copied = i + 7;
                i = text.indexOf("_x", copied);
            } else {
                i = text.indexOf("_x", i + 1);
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
