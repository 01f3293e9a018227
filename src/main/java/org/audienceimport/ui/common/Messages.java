package org.audienceimport.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The UI's texts in the chosen language. Texts that outlive a language switch (a reason shown next to
 * Next, a summary line) are bindings that recompute when the language changes.
 */
public final class Messages {

    public static final String BUNDLE = "org.audienceimport.ui.messages";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale RUSSIAN = Locale.of("ru");

    // No fallback to the JVM's default locale: English is the base bundle, whatever the machine says.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");
    private ResourceBundle bundle;
    private Locale bundleLocale;

    public Messages(Locale initial) {
        locale.set(supported(initial));
    }

    /** Russian for a Russian system, English for every other. */
    public static Locale supported(Locale wanted) {
        return wanted != null && "ru".equals(wanted.getLanguage()) ? RUSSIAN : ENGLISH;
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public void setLocale(Locale value) {
        locale.set(supported(value));
    }

    /**
     * The texts of the current language. Loaded on demand rather than from a listener: bindings that
     * depend on the locale are told of a change before any listener would run, and must already see
     * the new texts.
     */
    public synchronized ResourceBundle bundle() {
        if (!locale.get().equals(bundleLocale)) {
            bundle = load(locale.get());
            bundleLocale = locale.get();
        }
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            // Visible in the UI and caught by the bundle test rather than crashing a screen.
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /**
     * A counted phrase: {@code plural("rows", 3)} reads key {@code rows.one}, {@code rows.few} or
     * {@code rows.many} as the language's grammar asks (Russian has three forms, English two; English
     * bundles give {@code one} and {@code many}), with the count as argument 0.
     */
    public String plural(String key, long count, Object... moreArgs) {
        Object[] args = new Object[moreArgs.length + 1];
        args[0] = count;
        System.arraycopy(moreArgs, 0, args, 1, moreArgs.length);
        String form = pluralForm(locale(), count);
        if (form.equals("few") && !bundle().containsKey(key + ".few")) {
            form = "many";
        }
        return get(key + "." + form, args);
    }

    static String pluralForm(Locale locale, long count) {
        long n = Math.abs(count);
        if ("ru".equals(locale.getLanguage())) {
            long lastDigit = n % 10;
            long lastTwo = n % 100;
            if (lastDigit == 1 && lastTwo != 11) {
                return "one";
            }
            return lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14) ? "few" : "many";
        }
        return n == 1 ? "one" : "many";
    }

    /** A file size the way people say it: 812 bytes, 45 KB, 1.2 MB. */
    public String fileSize(long bytes) {
        if (bytes < 1024) {
            return plural("size.bytes", Math.max(bytes, 0));
        }
        double value = bytes / 1024.0;
        String[] units = {"size.kb", "size.mb", "size.gb"};
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return get(units[unit], value);
    }

    /** A text that follows the language and any other values it depends on. */
    public StringBinding binding(Callable<String> text, Observable... dependencies) {
        Observable[] all = new Observable[dependencies.length + 1];
        all[0] = locale;
        System.arraycopy(dependencies, 0, all, 1, dependencies.length);
        return Bindings.createStringBinding(text, all);
    }
}
