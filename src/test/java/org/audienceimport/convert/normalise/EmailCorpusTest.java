package org.audienceimport.convert.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.audienceimport.mapping.FieldKind;
import org.audienceimport.source.Cell;
import org.audienceimport.testsupport.Corpora;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The email check against three public suites. Policy of a practical checker: an address is accepted when
 * a mail service could have handed it out; everything only an RFC tolerates (quoted local parts, comments,
 * folding white space, IP literals, dotless domains, numeric top-level domains, obsolete syntax) is refused.
 * Each suite's own verdict is mapped to that policy; where the check still disagrees, the address is listed
 * in the suite's deviations with the reason, so a new disagreement fails the test.
 */
class EmailCorpusTest {

    private static final String BAD_TLD = "real top-level domains are two or more letters (or xn--): this one is a typo";
    private static final String DOTLESS = "a domain without a dot is legal but no mailbox a marketer reaches lives there";
    private static final String QUOTED = "quoted local parts are refused (practical policy): legal, but nobody hands them out";

    /** Suite says valid (or DNS warning only), the check refuses. */
    private static final Map<String, String> SAYERS_DEVIATIONS = Map.of(
            "test@io", DOTLESS,
            "test@iana.a", BAD_TLD,
            "test@iana.co-uk", BAD_TLD,
            "a@a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z"
                    + ".a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z"
                    + ".a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v", BAD_TLD,
            "+@b.c", BAD_TLD,
            "test@123.123.123.x123", BAD_TLD,
            "x@" + "x23456789.".repeat(25) + "x2", BAD_TLD);

    private static final Map<String, String> SKEGGSE_DEVIATIONS = Map.of(
            "test@io", DOTLESS,
            "test@org", DOTLESS,
            "test@\uD800\uDFFF\u00F1o\u00F1\u00F3\u90F5\u4EF6\u00F1o\u00F1\u00F3\u90F5\u4EF6.\u90F5\u4EF6\u00F1o\u00F1\u00F3"
                    + "\u90F5\u4EF6\u00F1o\u00F1\u00F3\u90F5\u4EF6.\u00F1o\u00F1\u00F3\u90F5\u4EF6\u00F1o\u00F1\u00F3\u90F5\u4EF6"
                    + ".\u00F1o\u00F1\u00F3\u90F5\u4EF6\u00F1o\u00F1\u00F3\u90F5\u4EF6.\u00F1o\u00F1\u00F3\u90F5\u4EF6\u00F1o\u00F1\u00F3"
                    + "\u90F5\u4EF6.\u00F1o\u00F1\u00F3\u90F5\u4EF6\u00F1o\u00F1\u00F3\u90F5\u4EF6.\u00F1o\u00F1\u00F3\u90F5\u4EF6"
                    + "\u00F1o\u00F1\u00F3\u90F5\u4EF6.no\u00F1\u00F3\u90F5\u4EF6.\u5546\u52D9",
                    "U+103FF is an unassigned code point, not a letter: IDNA 2008 refuses it",
            "test@" + "\uD83D\uDE06".repeat(17) + ".org", "emoji are not letters: IDNA 2008 refuses them in domains");

    /** validator.js accepts quoted local parts by default; everything else agrees. */
    private static final Map<String, String> VALIDATOR_DEVIATIONS = Map.of(
            "\"foobar\"@example.com", QUOTED,
            "\"  foo  m\u7AEFller \"@example.com", QUOTED,
            "\"foo\\@bar\"@example.com", QUOTED);

    private final ValueNormaliser email = new ValueNormalisers().forKind(FieldKind.EMAIL);

    private boolean accepted(String address) {
        return email.normalise(Cell.text(address), TestCells.NO_HINTS) instanceof Normalised.Value;
    }

    @Test
    void dominicSayersSuite() throws Exception {
        Path folder = Corpora.require("isemail-dominicsayers").resolve("test");
        Set<String> disagreements = new HashSet<>();
        for (String file : List.of("tests.xml", "tests-original.xml")) {
            Map<String, Boolean> expected = new LinkedHashMap<>();
            NodeList tests = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(folder.resolve(file).toFile()).getElementsByTagName("test");
            for (int i = 0; i < tests.getLength(); i++) {
                Element test = (Element) tests.item(i);
                String address = controlCharacters(text(test, "address"));
                String category = text(test, "category");
                // DNSWARN only means the domain had no mail record when the suite was written.
                expected.put(address, category.equals("ISEMAIL_VALID_CATEGORY") || category.equals("ISEMAIL_DNSWARN"));
            }
            disagreements.addAll(assertAgrees("isemail-dominicsayers/" + file, expected, SAYERS_DEVIATIONS));
        }
        assertThat(disagreements).as("every listed deviation still happens").isEqualTo(SAYERS_DEVIATIONS.keySet());
    }

    @Test
    void skeggseSuite() throws IOException {
        Path file = Corpora.require("isemail-skeggse").resolve("tests.json");
        Map<String, Boolean> expected = new LinkedHashMap<>();
        for (JsonNode pair : new ObjectMapper().readTree(file.toFile())) {
            expected.put(pair.get(0).asText(), pair.get(1).asText().equals("valid"));
        }
        assertThat(assertAgrees("isemail-skeggse", expected, SKEGGSE_DEVIATIONS)).isEqualTo(SKEGGSE_DEVIATIONS.keySet());
    }

    @Test
    void validatorJsDefaultOptions() throws IOException {
        Path file = Corpora.require("validatorjs-extracted").resolve("isEmail.json");
        JsonNode defaults = new ObjectMapper().readTree(file.toFile()).path("groups").get(0);
        assertThat(defaults.path("args")).isEmpty();
        Map<String, Boolean> expected = new LinkedHashMap<>();
        defaults.path("valid").forEach(a -> expected.put(a.asText(), true));
        defaults.path("invalid").forEach(a -> expected.put(a.asText(), false));
        assertThat(assertAgrees("validatorjs isEmail defaults", expected, VALIDATOR_DEVIATIONS))
                .isEqualTo(VALIDATOR_DEVIATIONS.keySet());
    }

    /** The addresses where the check disagrees with the suite; fails on any not listed as a deviation. */
    private Set<String> assertAgrees(String suite, Map<String, Boolean> expected, Map<String, String> deviations) {
        Map<String, String> disagreements = new TreeMap<>();
        int trimmed = 0;
        for (Map.Entry<String, Boolean> test : expected.entrySet()) {
            String address = test.getKey();
            boolean accepted = accepted(address);
            if (!address.equals(Texts.trim(address)) && !Texts.trim(address).isEmpty()) {
                // Cells are trimmed before the check: white space around a value is not part of the address.
                assertThat(accepted).as("%s: %s", suite, address).isEqualTo(accepted(Texts.trim(address)));
                trimmed++;
            } else if (accepted != test.getValue()) {
                disagreements.put(address, accepted ? "accepted" : "refused");
            }
        }
        assertThat(disagreements.keySet()).as("%s: disagreements %s (%d addresses, %d trimmed)", suite, disagreements,
                expected.size(), trimmed).isSubsetOf(deviations.keySet());
        assertThat(expected.size() - trimmed - disagreements.size()).as("%s: agreeing addresses", suite)
                .isGreaterThan(expected.size() * 8 / 10);
        return disagreements.keySet();
    }

    private static String text(Element test, String tag) {
        NodeList nodes = test.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    /** The suite writes control character c as U+2400 + c, since XML cannot hold them. */
    private static String controlCharacters(String address) {
        StringBuilder out = new StringBuilder(address.length());
        for (char c : address.toCharArray()) {
            out.append(c >= '\u2400' && c <= '\u241F' ? (char) (c - '\u2400') : c);
        }
        return out.toString();
    }
}
