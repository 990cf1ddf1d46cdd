package dev.triggerstudio.engine;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.Phonemetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;

/**
 * Reads a number already written as E.164 ({@code +} and digits only) without libphonenumber's
 * general parser, whose regular expressions cost about 4 µs a number — most of a record's
 * formatting. It answers only where the general parser could not read the text differently:
 * no leading zero and no national prefix to strip; everything else returns null and takes the
 * general path, as does any number this reading finds invalid.
 */
final class E164Reader {
    private static final int MAX_DIGITS = 17;
    /** The metadata PhoneNumberUtil.getInstance() reads too. */
    private static final MetadataSource METADATA = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();

    private E164Reader() {
    }

    /** The number when the text is plain E.164 that the general parser would read the same way, else null. */
    static Phonenumber.PhoneNumber read(PhoneNumberUtil util, String text) {
        int n = text.length();
        if (n < 4 || n > MAX_DIGITS + 1 || text.charAt(0) != '+' || !digitsFrom(text, 1)) {
            return null;
        }
        // country calling codes are a prefix code, so the first length that names one is the one
        for (int len = 1; len <= 3 && 1 + len < n; len++) {
            int cc = Integer.parseInt(text, 1, 1 + len, 10);
            String region = util.getRegionCodeForCountryCode(cc);
            if (!PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region) && "ZZ".equals(region)) {
                continue;
            }
            return national(util, cc, region, text.substring(1 + len));
        }
        return null;
    }

    /**
     * {@link PhoneNumberUtil#isValidNumber}, asking only the country code's main region when
     * libphonenumber would pick that region anyway: it is tried first, and without a
     * leading-digits pattern it is chosen whenever the number is valid there. Saves the second
     * pass over the number-type patterns that picking the region costs, and the first is one
     * joined pattern ({@link RegionValidity}).
     */
    static boolean isValid(PhoneNumberUtil util, Phonenumber.PhoneNumber number) {
        String main = util.getRegionCodeForCountryCode(number.getCountryCode());
        Phonemetadata.PhoneMetadata meta = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(main) ? null
                : METADATA.getMetadataForRegion(main);
        if (meta != null && !meta.hasLeadingDigits()
                && RegionValidity.isValid(main, meta, Long.toString(number.getNationalNumber()))) {
            return true;
        }
        return util.isValidNumber(number);
    }

    private static Phonenumber.PhoneNumber national(PhoneNumberUtil util, int cc, String region, String national) {
        Phonemetadata.PhoneMetadata meta = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)
                ? METADATA.getMetadataForNonGeographicalRegion(cc) : METADATA.getMetadataForRegion(region);
        if (meta == null || national.charAt(0) == '0' || mayStripPrefix(meta, national)) {
            return null;
        }
        return new Phonenumber.PhoneNumber().setCountryCode(cc).setNationalNumber(Long.parseLong(national));
    }

    /** True unless the region's national prefix is plain digits that this number does not start with. */
    private static boolean mayStripPrefix(Phonemetadata.PhoneMetadata meta, String national) {
        String prefix = meta.getNationalPrefixForParsing();
        if (prefix == null || prefix.isEmpty()) {
            return false;
        }
        return !digitsFrom(prefix, 0) || national.startsWith(prefix);
    }

    private static boolean digitsFrom(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return from < s.length();
    }
}
