package org.audienceimport.convert.normalise;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

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
    static String problem(String address) {
        String whole = wholeAddressProblem(address);
        if (whole != null) {
            return whole;
        }
        int at = address.indexOf('@');
        String localProblem = localPartProblem(address.substring(0, at));
        return localProblem != null ? localProblem : domainProblem(address.substring(at + 1));
    }

    /**
     * What is wrong with the address apart from its domain (checked by {@link #domainProblem}), or null;
     * for callers that cache domain verdicts, since a column holds few distinct domains.
     */
    static String problemBeforeDomain(String address) {
        String whole = wholeAddressProblem(address);
        return whole != null ? whole : localPartProblem(address.substring(0, address.indexOf('@')));
    }

    private static String wholeAddressProblem(String address) {
        if (address.indexOf('<') >= 0 && address.indexOf('>') > address.indexOf('<')) {
            return "it holds a name or brackets besides the address (keep only the address, such as ann@example.com)";
        }
        int at = address.indexOf('@');
        if (at < 0) {
            return "it has no @";
        }
        if (address.indexOf('@', at + 1) >= 0) {
            return "it contains more than one @ (keep one address per cell)";
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (Texts.isSpace(c)) {
                return "it contains a space";
            }
            if (Character.isISOControl(c)) {
                return "it contains an invisible control character";
            }
        }
        if (address.length() > MAX_LENGTH) {
            return "it is longer than " + MAX_LENGTH + " characters";
        }
        return null;
    }

    private static String localPartProblem(String local) {
        if (local.isEmpty()) {
            return "there is nothing before the @";
        }
        if (local.startsWith("\"")) {
            return "the part before the @ is in quotes";
        }
        if (local.getBytes(StandardCharsets.UTF_8).length > MAX_LOCAL_BYTES) {
            return "the part before the @ is longer than " + MAX_LOCAL_BYTES + " characters";
        }
        if (local.startsWith(".") || local.endsWith(".")) {
            return "the part before the @ starts or ends with a dot";
        }
        if (local.contains("..")) {
            return "it has two dots in a row";
        }
        if (!Normalizer.isNormalized(local, Normalizer.Form.NFKC)) {
            return "the part before the @ contains unusual look-alike characters (such as full-width letters)";
        }
        for (int i = 0; i < local.length(); ) {
            int c = local.codePointAt(i);
            if (c != '.' && ATOM_SYMBOLS.indexOf(c) < 0 && !isLetterOrDigit(c)) {
                return "the part before the @ contains " + describe(c);
            }
            i += Character.charCount(c);
        }
        return null;
    }

    static String domainProblem(String domain) {
        String needDomain = "the part after the @ is not a domain such as example.com";
        if (domain.isEmpty()) {
            return "there is nothing after the @";
        }
        if (domain.startsWith("[")) {
            return "the part after the @ is an IP address, not a domain";
        }
        if (domain.contains("..")) {
            return "it has two dots in a row";
        }
        if (domain.startsWith(".") || domain.endsWith(".")) {
            return "the domain starts or ends with a dot";
        }
        if (!Normalizer.isNormalized(domain, Normalizer.Form.NFKC)) {
            return "the domain contains unusual look-alike characters (such as full-width letters)";
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return "the part after the @ needs a dot, as in " + domain + ".com";
        }
        int asciiLength = labels.length - 1;
        for (String label : labels) {
            String ascii = asciiLabel(label);
            if (ascii == null) {
                return needDomain;
            }
            asciiLength += ascii.length();
            if (ascii.length() > MAX_LABEL) {
                return "a part of the domain is longer than " + MAX_LABEL + " characters";
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return "a part of the domain starts or ends with a hyphen";
            }
        }
        if (asciiLength > MAX_DOMAIN) {
            return "the domain is longer than " + MAX_DOMAIN + " characters";
        }
        String tld = asciiLabel(labels[labels.length - 1]);
        if (!(tld.startsWith("xn--") || tld.length() >= 2 && tld.chars().allMatch(c -> c >= 'a' && c <= 'z'))) {
            return "the domain ending ." + labels[labels.length - 1] + " is not a real top-level domain";
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

    private static String describe(int c) {
        return c < 0x80 && c > 0x20 ? "the character " + (char) c + " which addresses cannot contain"
                : "a character addresses cannot contain";
    }
}
