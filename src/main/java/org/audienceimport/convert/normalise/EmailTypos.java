package org.audienceimport.convert.normalise;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Spots domains one slip away from a big mail service ({@code gmial.com}, {@code yandx.ru}, {@code mial.ru},
 * {@code hotmail.con}). Only a suggestion: the address is still sent as written, because a small domain
 * that happens to look like a big one is real for someone.
 */
final class EmailTypos {

    /** Services people mistype, most used first: a tie goes to the earlier one. */
    private static final List<String> TARGETS = List.of(
            "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "mail.ru", "yandex.ru",
            "googlemail.com", "live.com", "aol.com", "msn.com", "rambler.ru", "inbox.ru", "list.ru", "ukr.net",
            "hotmail.co.uk", "yahoo.co.uk", "protonmail.com", "comcast.net", "verizon.net", "gmx.net",
            "t-online.de", "orange.fr", "wanadoo.fr", "libero.it");

    /** Real domains close to a target, never flagged. */
    private static final Set<String> REAL = Set.of(
            "mail.com", "email.com", "ymail.com", "gmx.com", "gmx.de", "gmx.at", "gmx.ch", "web.de",
            "hotmail.fr", "hotmail.de", "hotmail.it", "hotmail.es", "hotmail.nl", "hotmail.be", "hotmail.ca",
            "live.ru", "live.fr", "live.de", "live.it", "live.nl", "live.ca", "live.co.uk", "live.com.au",
            "outlook.fr", "outlook.de", "outlook.it", "outlook.es", "outlook.jp", "outlook.co.uk",
            "yahoo.fr", "yahoo.de", "yahoo.it", "yahoo.es", "yahoo.ca", "yahoo.in", "yahoo.co.jp", "yahoo.com.br",
            "yahoo.com.au", "yandex.com", "yandex.ua", "yandex.by", "yandex.kz", "ya.ru", "mail.ua", "bk.ru",
            "inbox.lv", "inbox.lt", "list.ua", "me.com", "mac.com", "aol.fr", "aol.de", "proton.me", "pm.me",
            "gmail.ru", "qq.com", "163.com", "126.com", "orange.com", "free.fr", "sfr.fr");

    private static final int MIN_LENGTH_ONE_SLIP = 7;
    private static final int MIN_LENGTH_TWO_SLIPS = 9;

    private EmailTypos() {
    }

    /** The service the domain probably meant, when it looks like a slip of a known one. */
    static Optional<String> suggestion(String domain) {
        if (REAL.contains(domain) || TARGETS.contains(domain)) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String target : TARGETS) {
            int distance = distance(domain, target);
            boolean close = distance == 1 && target.length() >= MIN_LENGTH_ONE_SLIP
                    || distance == 2 && target.length() >= MIN_LENGTH_TWO_SLIPS && sameTopLevel(domain, target);
            if (close && distance < bestDistance) {
                best = target;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean sameTopLevel(String a, String b) {
        return a.substring(a.lastIndexOf('.') + 1).equals(b.substring(b.lastIndexOf('.') + 1));
    }

    /** Edit distance counting a swap of neighbours as one slip (optimal string alignment). */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return 3;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
