package org.audienceimport.text;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.audienceimport.text.Text;

/**
 * A message of the engine for a person: a key in the engine's bundle and its arguments, kept apart so the
 * command line can print it in English while the wizard shows it in its own language.
 *
 * <p>Arguments are shown as they are (file names, row numbers, values), except a {@code Text}, which is
 * rendered in the same language, and a {@link Grouped} count, which is written with the language's digit
 * grouping. The bundle's placeholders are plain {@code {0}}, {@code {1}}…; nothing else in a pattern is
 * special (no MessageFormat quoting), so apostrophes are written as they are.
 *
 * @param key  the key in {@code org/audienceimport/text/messages*.properties}
 * @param args the arguments, in the order of their placeholders
 */
public record Text(String key, List<Object> args) {

    public static final String BUNDLE = "org.audienceimport.text.messages";
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String VERBATIM = "verbatim";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    // English is the base bundle whatever the machine's locale: the command line's texts never change with it.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Text {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.stream(args).map(a -> a == null ? "" : a).toList());
    }

    /** A text that is the same in every language: what the operating system or another program said. */
    public static Text verbatim(String text) {
        return of(VERBATIM, text == null ? "" : text);
    }

    /** A count shown with the language's digit grouping: 1,048,576 in English, 1 048 576 in Russian. */
    public static Grouped grouped(long count) {
        return new Grouped(count);
    }

    /** Whole sentences, each rendered in the reader's language, one after another. */
    public static Text sentences(List<?> items) {
        return of(VERBATIM, new Joined(" ", items));
    }

    /**
     * A name the data itself gives in several languages (a field's label in the catalogue), keyed by
     * language code; English, then {@code fallback}, where the reader's language is missing.
     */
    public static InLanguages inLanguages(Map<String, String> byLanguage, String fallback) {
        return new InLanguages(Map.copyOf(byLanguage), fallback);
    }

    /** A country or region by its ISO code, named in the reader's language ("Russia", "Россия"). */
    public static Country country(String isoCode) {
        return new Country(isoCode);
    }

    /** A date spelled out in the reader's language: 3 March 1990, 3 марта 1990. */
    public static SpelledDate date(LocalDate date) {
        return new SpelledDate(date);
    }

    /**
     * The same text with every plain argument, however deep, passed through {@code change}: for taking a
     * secret out of what a server said before the message is shown or logged.
     */
    public Text redacted(UnaryOperator<String> change) {
        return new Text(key, args.stream().map(arg -> redact(arg, change)).toList());
    }

    private static Object redact(Object arg, UnaryOperator<String> change) {
        return switch (arg) {
            case String plain -> change.apply(plain);
            case Text text -> text.redacted(change);
            case Joined joined -> new Joined(joined.separator(), joined.items().stream().map(i -> redact(i, change)).toList());
            case List<?> list -> list.stream().map(i -> redact(i, change)).toList();
            default -> arg;
        };
    }

    /** Whether the engine's bundle has this key: for names looked up by a code that may be new. */
    public static boolean exists(String key) {
        return bundle(ENGLISH).containsKey(key);
    }

    /** The text as the command line, the logs and the error reports show it. */
    public String english() {
        return in(ENGLISH);
    }

    /** The text in the given language (English where the language has no bundle). */
    public String in(Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String pattern = pattern(bundle);
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            String value = index < args.size() ? render(args.get(index), locale, bundle) : placeholder.group();
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Text.class.getClassLoader(), NO_FALLBACK);
    }

    private String pattern(ResourceBundle bundle) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // Caught by the bundle test; shown rather than failing the read that produced the message.
            return "!" + key + "!" + (args.isEmpty() ? "" : " " + args);
        }
    }

    private static String render(Object arg, Locale locale, ResourceBundle bundle) {
        return switch (arg) {
            case String quoted when isQuoted(quoted) -> bundle.getString("text.quoteOpen")
                    + quoted.substring(1, quoted.length() - 1) + bundle.getString("text.quoteClose");
            case Text text -> text.in(locale);
            case Grouped grouped -> NumberFormat.getIntegerInstance(locale).format(grouped.count());
            case Country country -> country.name(locale);
            case InLanguages names -> names.byLanguage().getOrDefault(locale.getLanguage(),
                    names.byLanguage().getOrDefault("en", names.fallback()));
            case SpelledDate date -> DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date.date());
            case Joined joined -> String.join(joined.separator(),
                    joined.items().stream().map(item -> render(item, locale, bundle)).toList());
            case List<?> list -> String.join(", ", list.stream().map(item -> render(item, locale, bundle)).toList());
            default -> String.valueOf(arg);
        };
    }

    /** A file name or value the engine put in curly quotes, which each language writes its own way. */
    private static boolean isQuoted(String arg) {
        return arg.length() >= 2 && arg.charAt(0) == '\u201C' && arg.charAt(arg.length() - 1) == '\u201D';
    }

    @Override
    public String toString() {
        return english();
    }

    /** A count written with digit grouping in the reader's language. */
    public record Grouped(long count) {
    }

    /** Items rendered one by one and joined with a separator. */
    public record Joined(String separator, List<?> items) {
        public Joined {
            items = List.copyOf(items);
        }
    }

    /** A name given in several languages. */
    public record InLanguages(Map<String, String> byLanguage, String fallback) {
    }

    /** A country named in the reader's language; its code where the language has no name for it. */
    public record Country(String isoCode) {
        String name(Locale locale) {
            String name = Locale.of("", isoCode).getDisplayCountry(locale);
            return name.isEmpty() || name.equals(isoCode) ? isoCode : name;
        }
    }

    /** A date spelled out with its month's name. */
    public record SpelledDate(LocalDate date) {
    }
}
