package org.audienceimport.mapping;

import java.text.Normalizer;
import java.util.Locale;

/** Folds header texts so that "E-Mail", "e_mail " and "EMAIL" compare equal. */
final class HeaderText {

    private static final java.util.regex.Pattern FIRST_NUMBER = java.util.regex.Pattern.compile("(\\d{1,2})");

    private HeaderText() {
    }

    static String fold(String header) {
        String text = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        return text.replaceAll("[\\s_\\-./:()#*]+", " ").strip();
    }

    /** The header without its digits, folded: "Car 2 Brand" → "car brand". */
    static String withoutNumbers(String header) {
        return fold(fold(header).replaceAll("\\d+", " "));
    }

    /** The first number in the header, if any: "Child 2 DOB" → 2. */
    static int number(String header) {
        java.util.regex.Matcher m = FIRST_NUMBER.matcher(header);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
