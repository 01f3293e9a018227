package org.audienceimport.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.audienceimport.text.Text;

/**
 * Guesses a column's field from its values when its header says nothing useful: a column of emails is
 * email, of phone numbers phone, of m/f gender, of dates birthday. Deliberately rough: it only suggests,
 * the user confirms, and the converter checks every value properly later.
 */
final class ContentSniffer {

    /** Share of sampled values that must fit before a guess is made. */
    private static final double THRESHOLD = 0.8;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[\\d\\s()\\-.]{7,20}");
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}-\\d{1,2}-\\d{1,2}([ T].*)?|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}");
    private static final Set<String> GENDERS = Set.of("m", "f", "male", "female", "man", "woman", "м", "ж", "муж", "жен",
            "мужской", "женский", "мужчина", "женщина");

    /** A guess and how sure it is. */
    record Guess(String field, double share, Text reason) {
    }

    private ContentSniffer() {
    }

    static Optional<Guess> sniff(List<String> samples) {
        List<String> values = samples.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (values.size() < 2) {
            return Optional.empty();
        }
        double emails = share(values, v -> EMAIL.matcher(v).matches());
        if (emails >= THRESHOLD) {
            return Optional.of(new Guess("email", emails, Text.of("mapping.why.emails")));
        }
        double phones = share(values, v -> PHONE.matcher(v).matches() && digits(v) >= 7 && digits(v) <= 15);
        if (phones >= THRESHOLD) {
            return Optional.of(new Guess("phone", phones, Text.of("mapping.why.phones")));
        }
        double genders = share(values, v -> GENDERS.contains(v.toLowerCase(Locale.ROOT).replace(".", "")));
        if (genders >= THRESHOLD) {
            return Optional.of(new Guess("gender", genders, Text.of("mapping.why.genders")));
        }
        double dates = share(values, v -> DATE.matcher(v).matches());
        if (dates >= THRESHOLD) {
            return Optional.of(new Guess("birthday", dates * 0.8, Text.of("mapping.why.dates")));
        }
        return Optional.empty();
    }

    private static int digits(String value) {
        int count = 0;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isDigit(value.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static double share(List<String> values, java.util.function.Predicate<String> fits) {
        return (double) values.stream().filter(fits).count() / values.size();
    }
}
