package dev.triggerstudio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/** The E.164 shortcut must give exactly what libphonenumber's general parser gives. */
class E164ReaderTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final List<Integer> CODES = new ArrayList<>(UTIL.getSupportedCallingCodes());

    @Property(tries = 20000)
    void readsPlainE164NumbersAsTheGeneralParserDoes(@ForAll("e164") String text, @ForAll("country") String country) {
        FieldFormatter f = new FieldFormatter(country);
        assertThat(f.parsePhone(text)).as(text).isEqualTo(f.parseGeneral(text));
    }

    @Property(tries = 20000)
    void decidesValidityAsLibphonenumberDoes(@ForAll("e164") String text) {
        Phonenumber.PhoneNumber n = E164Reader.read(UTIL, text);
        if (n != null) {
            assertThat(E164Reader.isValid(UTIL, n)).as(text).isEqualTo(UTIL.isValidNumber(n));
        }
    }

    @Property(tries = 30000)
    void joinedTypePatternsDecideValidityAsLibphonenumberDoes(@ForAll("nearExamples") Phonenumber.PhoneNumber n) {
        String region = UTIL.getRegionCodeForCountryCode(n.getCountryCode());
        var meta = com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider.getInstance()
                .getPhoneNumberMetadataSource().getMetadataForRegion(region);
        assertThat(RegionValidity.isValid(region, meta, Long.toString(n.getNationalNumber())))
                .as("+" + n.getCountryCode() + " " + n.getNationalNumber())
                .isEqualTo(UTIL.isValidNumberForRegion(n, region));
    }

    /** Example numbers of every main region and type with some digits changed: valid and invalid ones. */
    @Provide
    Arbitrary<Phonenumber.PhoneNumber> nearExamples() {
        List<Phonenumber.PhoneNumber> examples = new ArrayList<>();
        for (int code : CODES) {
            String region = UTIL.getRegionCodeForCountryCode(code);
            for (PhoneNumberUtil.PhoneNumberType type : PhoneNumberUtil.PhoneNumberType.values()) {
                Phonenumber.PhoneNumber n = region.equals("001") ? null : UTIL.getExampleNumberForType(region, type);
                if (n != null && !n.hasItalianLeadingZero()) {
                    examples.add(n);
                }
            }
        }
        return Combinators.combine(Arbitraries.of(examples), Arbitraries.integers().between(0, 4),
                Arbitraries.strings().numeric().ofLength(4), Arbitraries.integers().between(-1, 1)).as((n, k, digits, grow) -> {
                    String nsn = Long.toString(n.getNationalNumber());
                    String changed = nsn.substring(0, Math.max(1, nsn.length() - k)) + digits.substring(0, Math.min(k, nsn.length() - 1));
                    changed = grow > 0 ? changed + digits.charAt(0) : grow < 0 && changed.length() > 2 ? changed.substring(1) : changed;
                    if (changed.charAt(0) == '0') {
                        changed = "1" + changed.substring(1);
                    }
                    return new Phonenumber.PhoneNumber().setCountryCode(n.getCountryCode()).setNationalNumber(Long.parseLong(changed));
                });
    }

    @Example
    void everyRegionsExampleNumbersAgree() {
        int compared = 0;
        FieldFormatter f = new FieldFormatter("US");
        for (String region : UTIL.getSupportedRegions()) {
            for (PhoneNumberUtil.PhoneNumberType type : PhoneNumberUtil.PhoneNumberType.values()) {
                Phonenumber.PhoneNumber n = UTIL.getExampleNumberForType(region, type);
                if (n != null) {
                    String e164 = UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
                    assertThat(f.parsePhone(e164)).as(e164).isEqualTo(f.parseGeneral(e164));
                    assertThat(E164Reader.isValid(UTIL, n)).as(e164).isEqualTo(UTIL.isValidNumber(n));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Example
    void takesTheShortcutOnlyForPlainDigits() {
        assertThat(E164Reader.read(UTIL, "+14155550123")).isNotNull();
        assertThat(E164Reader.read(UTIL, "+1 415 555 0123")).isNull();
        assertThat(E164Reader.read(UTIL, "4155550123")).isNull();
        assertThat(E164Reader.read(UTIL, "+390612345678")).isNull(); // leading zero: Italy keeps it
        assertThat(E164Reader.read(UTIL, "+7")).isNull();
    }

    @Provide
    Arbitrary<String> e164() {
        Arbitrary<Integer> code = Arbitraries.of(CODES);
        Arbitrary<String> national = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(15);
        Arbitrary<String> withPrefix = Combinators.combine(code, national).as((c, nat) -> {
            String prefix = prefixOf(c);
            return prefix + nat;
        });
        return Combinators.combine(code, Arbitraries.oneOf(national, withPrefix)).as((c, nat) -> "+" + c + nat);
    }

    @Provide
    Arbitrary<String> country() {
        return Arbitraries.of("US", "GB", "DE", "IT", "FR", "RU", "BR", "IN", "JP", "AU");
    }

    private static String prefixOf(int code) {
        String prefix = UTIL.getNddPrefixForRegion(UTIL.getRegionCodeForCountryCode(code), true);
        return prefix == null ? "" : prefix;
    }
}
