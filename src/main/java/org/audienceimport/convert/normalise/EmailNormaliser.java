package org.audienceimport.convert.normalise;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.audienceimport.source.Cell;
import org.audienceimport.text.Text;

/**
 * Email addresses: trimmed, lower-cased, checked by {@link EmailSyntax}; a likely typo of a big mail
 * service's domain is sent as written with a warning ({@link EmailTypos}).
 *
 * <p>A column holds a few thousand distinct domains at most, so the domain's verdict (the costly part: IDN
 * conversion and the typo search) is remembered, up to a bound that keeps memory flat on any file.
 */
final class EmailNormaliser implements ValueNormaliser {

    private static final int REMEMBERED_DOMAINS = 10_000;

    /** @param problem null when the domain is fine */
    private record DomainVerdict(Text problem, Optional<String> meant) {
    }

    private final Map<String, DomainVerdict> domains = new ConcurrentHashMap<>();

    @Override
    public Normalised normalise(Cell cell, NormaliseContext context) {
        String written = Texts.trim(cell.text());
        String address = written.toLowerCase(Locale.ROOT);
        Text problem = EmailSyntax.problemBeforeDomain(address);
        DomainVerdict domain = problem == null ? verdict(address.substring(address.indexOf('@') + 1)) : null;
        if (problem == null) {
            problem = domain.problem();
        }
        if (problem != null) {
            return Normalised.Invalid.of("email_invalid", "convert.email.invalid", Texts.quote(written), problem);
        }
        Normalised.Value value = Normalised.Value.of(address);
        if (domain.meant().isPresent()) {
            return value.withWarning(Warning.of("email_domain_typo", "convert.email.domainTypo", Texts.quote(written),
                    domain.meant().get()));
        }
        return value;
    }

    private DomainVerdict verdict(String domain) {
        DomainVerdict known = domains.get(domain);
        if (known != null) {
            return known;
        }
        Text problem = EmailSyntax.domainProblem(domain);
        DomainVerdict verdict = new DomainVerdict(problem, problem == null ? EmailTypos.suggestion(domain) : Optional.empty());
        if (domains.size() < REMEMBERED_DOMAINS) {
            domains.putIfAbsent(domain, verdict);
        }
        return verdict;
    }
}
