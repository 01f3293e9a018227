package org.audienceimport.convert.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

class PhoneRegionsTest {

    @Test
    void everyRegionsCallingCodeIsTheOneItsOwnMetadataGives() {
        assertThat(PhoneRegions.all()).hasSizeGreaterThan(200);
        for (String region : PhoneRegions.all()) {
            assertThat(PhoneRegions.callingCode(region)).as(region)
                    .isEqualTo(PhoneNumberUtil.getInstance().getCountryCodeForRegion(region));
        }
    }

    @Test
    void aRegionIsReadAsTheNormaliserReadsItAndAnUnknownOneHasNoCode() {
        assertThat(PhoneRegions.callingCode("ru")).isEqualTo(7);
        assertThat(PhoneRegions.callingCode("UK")).isEqualTo(44);
        assertThat(PhoneRegions.callingCode("XX")).isZero();
        assertThat(PhoneRegions.callingCode(null)).isZero();
    }
}
