package org.audienceimport.convert.normalise;

import java.util.Locale;
import java.util.Optional;

import org.audienceimport.source.Cell;

/**
 * Email addresses: trimmed, lower-cased, checked by {@link EmailSyntax}; a likely typo of a big mail
 * service's domain is sent as written with a warning ({@link EmailTypos}).
 */
final class EmailNormaliser implements ValueNormaliser {

    @Override
    public Normalised normalise(Cell cell, NormaliseContext context) {
        String written = Texts.trim(cell.text());
        String address = written.toLowerCase(Locale.ROOT);
        String problem = EmailSyntax.problem(address);
        if (problem != null) {
            return new Normalised.Invalid("email_invalid", Texts.quote(written) + " is not a valid email address: "
                    + problem + ". Correct it in the file.");
        }
        Normalised.Value value = Normalised.Value.of(address);
        String domain = address.substring(address.indexOf('@') + 1);
        Optional<String> meant = EmailTypos.suggestion(domain);
        if (meant.isPresent()) {
            return value.withWarning(new Warning("email_domain_typo", Texts.quote(written) + " looks like a typo of "
                    + meant.get() + ". Check the address; it will be sent as written."));
        }
        return value;
    }
}
