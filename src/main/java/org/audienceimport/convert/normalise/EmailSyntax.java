package org.audienceimport.convert.normalise;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.audienceimport.text.Text;

/**
 * A practical address check: what a mailbox a marketer can send to looks like, rather than everything
 * RFC 5322 tolerates.
 *
 * <ul>
 *   <li>exactly one {@code @}, no spaces or control characters anywhere;</li>
 *   <li>local part: 1 to 64 bytes (UTF-8) of dot-separated atoms (letters, digits and
 *       {@code !#$%&'*+/=?^_`{|}~-}), no leading, trailing or doubled dot. Quoted local parts
 *       ({@code "john doe"@x.com}) are refused: legal, but no mail service hands them out and they are
 *       almost always a pasting accident;</li>
 *   <li>domain: at least two labels (no {@code user@localhost}), each 1 to 63 characters of letters, digits
 *       and hyphens, not starting or ending with a hyphen; the top-level label is at least two letters (or an
 *       {@code xn--} IDN label). IP literals ({@code [1.2.3.4]}) are refused;</li>
 *   <li>internationalised addresses (RFC 6531) are accepted: letters and digits of any script in the local
 *       part and the domain ({@code иван@почта.рф}), sent as written. Characters that Unicode folds to
 *       something else (full-width {@code ｇｍａｉｌ}) and symbols such as emoji are refused, as IDNA 2008 does;</li>
 *   <li>the whole address is at most 254 characters, the domain at most 253 in its ASCII (punycode) form.</li>
 * </ul>
 */
final class EmailSyntax {

    static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_BYTES = 64;
    private static final int MAX_DOMAIN = 253;
    private static final int MAX_LABEL = 63;
    private static final String ATOM_SYMBOLS = "!#$%&'*+/=?^_`{|}~-";

    private EmailSyntax() {
    }

    /** Null when the lower-cased, trimmed address is acceptable; otherwise what is wrong, for a message. */
    static Text problem(String address) {
        Text whole = wholeAddressProblem(address);
        if (whole != null) {
            return whole;
        }
        int at = address.indexOf('@');
        Text localProblem = localPartProblem(address.substring(0, at));
        return localProblem != null ? localProblem : domainProblem(address.substring(at + 1));
    }

    /**
     * What is wrong with the address apart from its domain (checked by {@link #domainProblem}), or null;
     * for callers that cache domain verdicts, since a column holds few distinct domains.
     */
    static Text problemBeforeDomain(String address) {
        Text whole = wholeAddressProblem(address);
        return whole != null ? whole : localPartProblem(address.substring(0, address.indexOf('@')));
    }

    private static Text wholeAddressProblem(String address) {
        if (address.indexOf('<') >= 0 && address.indexOf('>') > address.indexOf('<')) {
            return Text.of("convert.email.nameOrBrackets");
        }
        int at = address.indexOf('@');
        if (at < 0) {
            return Text.of("convert.email.noAt");
        }
        if (address.indexOf('@', at + 1) >= 0) {
            return Text.of("convert.email.severalAt");
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (Texts.isSpace(c)) {
                return Text.of("convert.email.space");
            }
            if (Character.isISOControl(c)) {
                return Text.of("convert.email.control");
            }
        }
        if (address.length() > MAX_LENGTH) {
            return Text.of("convert.email.tooLong", MAX_LENGTH);
        }
        return null;
    }

    private static Text localPartProblem(String local) {
        if (local.isEmpty()) {
            return Text.of("convert.email.nothingBefore");
        }
        if (local.startsWith("\"")) {
            return Text.of("convert.email.quoted");
        }
        if (local.getBytes(StandardCharsets.UTF_8).length > MAX_LOCAL_BYTES) {
            return Text.of("convert.email.localTooLong", MAX_LOCAL_BYTES);
        }
        if (local.startsWith(".") || local.endsWith(".")) {
            return Text.of("convert.email.localDotEdge");
        }
        if (local.contains("..")) {
            return Text.of("convert.email.doubleDot");
        }
        if (!Normalizer.isNormalized(local, Normalizer.Form.NFKC)) {
            return Text.of("convert.email.localLookAlike");
        }
        for (int i = 0; i < local.length(); ) {
            int c = local.codePointAt(i);
            if (c != '.' && ATOM_SYMBOLS.indexOf(c) < 0 && !isLetterOrDigit(c)) {
                return Text.of("convert.email.localContains", describe(c));
            }
            i += Character.charCount(c);
        }
        return null;
    }

    static Text domainProblem(String domain) {
        Text needDomain = Text.of("convert.email.notADomain");
        if (domain.isEmpty()) {
            return Text.of("convert.email.nothingAfter");
        }
        if (domain.startsWith("[")) {
            return Text.of("convert.email.ipAddress");
        }
        if (domain.contains("..")) {
            return Text.of("convert.email.doubleDot");
        }
        if (domain.startsWith(".") || domain.endsWith(".")) {
            return Text.of("convert.email.domainDotEdge");
        }
        if (!Normalizer.isNormalized(domain, Normalizer.Form.NFKC)) {
            return Text.of("convert.email.domainLookAlike");
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return Text.of("convert.email.needsDot", domain);
        }
        int asciiLength = labels.length - 1;
        for (String label : labels) {
            String ascii = asciiLabel(label);
            if (ascii == null) {
                return needDomain;
            }
            asciiLength += ascii.length();
            if (ascii.length() > MAX_LABEL) {
                return Text.of("convert.email.labelTooLong", MAX_LABEL);
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return Text.of("convert.email.labelHyphen");
            }
        }
        if (asciiLength > MAX_DOMAIN) {
            return Text.of("convert.email.domainTooLong", MAX_DOMAIN);
        }
        String tld = asciiLabel(labels[labels.length - 1]);
        if (!(tld.startsWith("xn--") || tld.length() >= 2 && tld.chars().allMatch(c -> c >= 'a' && c <= 'z'))) {
            return Text.of("convert.email.badTld", labels[labels.length - 1]);
        }
        return null;
    }

    /** The label's ASCII (punycode) form, or null when it holds anything but letters, digits and hyphens. */
    private static String asciiLabel(String label) {
        boolean ascii = true;
        for (int i = 0; i < label.length(); ) {
            int c = label.codePointAt(i);
            if (c != '-' && !isLetterOrDigit(c)) {
                return null;
            }
            ascii &= c < 0x80;
            i += Character.charCount(c);
        }
        if (ascii) {
            return label;
        }
        try {
            return IDN.toASCII(label, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException notAnIdnLabel) {
            return null;
        }
    }

    /** ASCII letters and digits, and letters, digits and combining marks of other scripts. */
    private static boolean isLetterOrDigit(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static Text describe(int c) {
        return c < 0x80 && c > 0x20 ? Text.of("convert.email.character", String.valueOf((char) c))
                : Text.of("convert.email.someCharacter");
    }
}
