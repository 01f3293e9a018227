package org.audienceimport.convert.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.audienceimport.convert.normalise.TestCells.NO_HINTS;
import static org.audienceimport.convert.normalise.TestCells.text;
import static org.audienceimport.convert.normalise.ValueAssertions.onlyWarning;
import static org.audienceimport.convert.normalise.ValueAssertions.refused;
import static org.audienceimport.convert.normalise.ValueAssertions.sentCleanly;

import org.audienceimport.mapping.FieldKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailNormaliserTest {

    private final ValueNormaliser email = new ValueNormalisers().forKind(FieldKind.EMAIL);

    private Normalised normalise(String value) {
        return email.normalise(text(value), NO_HINTS);
    }

    @Test
    void addressesAreTrimmedAndLowerCased() {
        assertThat(sentCleanly(normalise("  John.Doe@ExampleMail.COM \u00A0"))).isEqualTo("john.doe@examplemail.com");
        assertThat(sentCleanly(normalise("\uFEFFann+news@shop.co.uk\u200B"))).isEqualTo("ann+news@shop.co.uk");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a@b.co", "o'brien@example.ie", "first_last-1@sub.domain.example.org", "x@xn--80akhbyknj4f.xn--p1ai",
        "!#$%&*+/=?^_`{|}~-@example.com", "\u0438\u0432\u0430\u043D@\u043F\u043E\u0447\u0442\u0430.\u0440\u0444",
        "hans@m\u00FCller.de", "user@c--n.com"})
    void practicalAddressesPass(String address) {
        assertThat(sentCleanly(normalise(address))).isEqualTo(address);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ann.example.com         | it has no @",
        "ann@x.com, bob@y.com    | more than one @",
        "ann smith@x.com         | contains a space",
        "@example.com            | nothing before the @",
        "ann@                    | nothing after the @",
        "ann@gmail               | needs a dot, as in gmail.com",
        "ann..b@x.com            | two dots in a row",
        "ann@x..com              | two dots in a row",
        ".ann@x.com              | starts or ends with a dot",
        "ann.@x.com              | starts or ends with a dot",
        "ann@x.com.              | starts or ends with a dot",
        "ann@-x.com              | starts or ends with a hyphen",
        "ann@x-.com              | starts or ends with a hyphen",
        "ann@x.c                 | not a real top-level domain",
        "ann@x.c0m               | not a real top-level domain",
        "ann@1.2.3.4             | not a real top-level domain",
        "ann@[1.2.3.4]           | an IP address",
        "Ann <ann@x.com>         | keep only the address",
        "\"ann\"@x.com           | in quotes",
        "ann(b)@x.com            | the character (",
        "ann@x_y.com             | not a domain",
        "ann@\uFF47\uFF4D\uFF41\uFF49\uFF4C.com | look-alike",
    })
    void brokenAddressesAreRefusedWithTheReason(String address, String reason) {
        Normalised.Invalid invalid = refused(normalise(address));
        assertThat(invalid.code()).isEqualTo("email_invalid");
        assertThat(invalid.message()).startsWith("\u201C" + address.strip()).contains(reason);
    }

    @Test
    void lengthLimitsAreThoseOfSmtp() {
        String local64 = "a".repeat(64);
        assertThat(sentCleanly(normalise(local64 + "@example.com"))).isEqualTo(local64 + "@example.com");
        assertThat(refused(normalise("a" + local64 + "@example.com")).message()).contains("longer than 64");
        String label63 = "b".repeat(63);
        assertThat(sentCleanly(normalise("a@" + label63 + ".com"))).isEqualTo("a@" + label63 + ".com");
        assertThat(refused(normalise("a@b" + label63 + ".com")).message()).contains("longer than 63");
        String longDomain = (label63 + ".").repeat(3) + "c".repeat(60) + ".com";
        assertThat(refused(normalise("a@" + longDomain)).message()).contains("longer than");
    }

    @Test
    void nonAsciiLocalPartsCountInBytes() {
        String cyrillic32 = "\u0436".repeat(32);
        assertThat(sentCleanly(normalise(cyrillic32 + "@example.com"))).isEqualTo(cyrillic32 + "@example.com");
        assertThat(refused(normalise(cyrillic32 + "\u0436@example.com")).message()).contains("longer than 64");
    }

    @ParameterizedTest
    @CsvSource({
        "ann@gmial.com, gmail.com", "ann@gmal.com, gmail.com", "ann@gmail.con, gmail.com", "ann@gmail.co, gmail.com",
        "ann@gmaill.com, gmail.com", "ann@hotmial.com, hotmail.com", "ann@yaho.com, yahoo.com",
        "ann@outlok.com, outlook.com", "ann@iclod.com, icloud.com", "ann@icloud.co, icloud.com",
        "ann@yandx.ru, yandex.ru", "ann@yandex.ry, yandex.ru", "ann@yanex.ru, yandex.ru", "ann@mial.ru, mail.ru",
        "ann@mail.ry, mail.ru", "ann@ramblr.ru, rambler.ru", "ann@gmail.cmo, gmail.com", "ann@gamil.com, gmail.com"})
    void likelyTyposOfBigMailServicesAreSentAsWrittenWithAWarning(String address, String meant) {
        Normalised result = normalise(address);
        Warning warning = onlyWarning(result);
        assertThat(((Normalised.Value) result).value()).isEqualTo(address);
        assertThat(warning.code()).isEqualTo("email_domain_typo");
        assertThat(warning.message()).isEqualTo("\u201C" + address + "\u201D looks like a typo of " + meant
                + ". Check the address; it will be sent as written.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ann@gmail.com", "ann@mail.com", "ann@email.com", "ann@ymail.com", "ann@mail.ru", "ann@mail.ua", "ann@bk.ru",
        "ann@ya.ru", "ann@yandex.ua", "ann@yandex.com", "ann@hotmail.fr", "ann@outlook.de", "ann@live.ru",
        "ann@gmx.de", "ann@gmx.com", "ann@inbox.lv", "ann@me.com", "ann@mac.com", "ann@aol.com", "ann@example.com",
        "ann@acme-corp.com", "ann@web.de", "ann@gmail.ru", "ann@yahoo.co.jp"})
    void realDomainsNearBigServicesAreNotFlagged(String address) {
        assertThat(sentCleanly(normalise(address))).isEqualTo(address);
    }

    @Test
    void aRememberedDomainGivesTheSameVerdictForEveryAddress() {
        for (String local : new String[] {"ann", "bob", "ann"}) {
            assertThat(onlyWarning(normalise(local + "@gmial.com")).message()).startsWith("\u201C" + local + "@gmial.com");
            assertThat(refused(normalise(local + "@x.c")).message()).startsWith("\u201C" + local + "@x.c");
            assertThat(sentCleanly(normalise(local + "@Example.com"))).isEqualTo(local + "@example.com");
        }
        assertThat(refused(normalise("a..b@example.com")).message()).contains("two dots in a row");
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOneSlip() {
        assertThat(EmailTypos.distance("gmial.com", "gmail.com")).isEqualTo(1);
        assertThat(EmailTypos.distance("gmail.com", "gmail.com")).isZero();
        assertThat(EmailTypos.distance("gmai.con", "gmail.com")).isEqualTo(2);
        assertThat(EmailTypos.distance("gmx.com", "gmail.com")).isEqualTo(3);
    }
}
