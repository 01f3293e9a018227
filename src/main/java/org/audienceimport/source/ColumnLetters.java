package org.audienceimport.source;

/** Spreadsheet column letters: 0 is A, 25 is Z, 26 is AA, 16383 is XFD. */
public final class ColumnLetters {

    private ColumnLetters() {
    }

    public static String of(int columnIndex) {
        if (columnIndex < 0) {
            throw new IllegalArgumentException("column index " + columnIndex);
        }
        StringBuilder letters = new StringBuilder(3);
        int remaining = columnIndex + 1;
        while (remaining > 0) {
            int digit = (remaining - 1) % 26;
            letters.append((char) ('A' + digit));
            remaining = (remaining - 1) / 26;
        }
        return letters.reverse().toString();
    }

    /** The 0-based index of letters such as {@code "AA"}; -1 when they are not column letters. */
    public static int indexOf(CharSequence letters) {
        if (letters.isEmpty() || letters.length() > 3) {
            return -1;
        }
        int index = 0;
        for (int i = 0; i < letters.length(); i++) {
            char c = Character.toUpperCase(letters.charAt(i));
            if (c < 'A' || c > 'Z') {
                return -1;
            }
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }
}
