package org.audienceimport.bench;

import java.io.IOException;
import java.io.Writer;

/** XML text escaping for the generated workbook parts. */
final class Xml {

    private Xml() {
    }

    static void escape(Writer w, String text) throws IOException {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            String replacement = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                default -> null;
            };
            if (replacement != null) {
                w.write(text, start, i - start);
                w.write(replacement);
                start = i + 1;
            }
        }
        w.write(text, start, text.length() - start);
    }
}
