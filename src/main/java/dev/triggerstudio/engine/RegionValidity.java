package dev.triggerstudio.engine;

import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * libphonenumber's "is this national number valid in this region": it matches the region's
 * general pattern and the pattern of at least one number type (fixed line, mobile, toll free ...),
 * each only for the lengths that type allows. libphonenumber tries the types one by one, a
 * regular expression each; here the types that allow a given length are joined into one
 * pattern, so a number costs two matches instead of up to eleven.
 */
final class RegionValidity {
    private static final int MAX_LENGTH = 17;
    private static final Map<String, RegionValidity> BY_REGION = new ConcurrentHashMap<>();

    private final PhoneNumberDesc general;
    private final Pattern generalPattern;
    private final Pattern[] typesByLength = new Pattern[MAX_LENGTH + 1];

    private RegionValidity(PhoneMetadata meta) {
        this.general = meta.getGeneralDesc();
        this.generalPattern = general.getNationalNumberPattern().isEmpty() ? null
                : Pattern.compile(general.getNationalNumberPattern());
        List<PhoneNumberDesc> types = List.of(meta.getPremiumRate(), meta.getTollFree(), meta.getSharedCost(),
                meta.getVoip(), meta.getPersonalNumber(), meta.getPager(), meta.getUan(), meta.getVoicemail(),
                meta.getFixedLine(), meta.getMobile());
        for (int length = 1; length <= MAX_LENGTH; length++) {
            List<String> alternatives = new ArrayList<>();
            for (PhoneNumberDesc d : types) {
                if (allowsLength(d, length) && !d.getNationalNumberPattern().isEmpty()) {
                    alternatives.add("(?:" + d.getNationalNumberPattern() + ")");
                }
            }
            typesByLength[length] = alternatives.isEmpty() ? null : Pattern.compile(String.join("|", alternatives));
        }
    }

    static boolean isValid(String region, PhoneMetadata meta, String nationalNumber) {
        return BY_REGION.computeIfAbsent(region, r -> new RegionValidity(meta)).matches(nationalNumber);
    }

    private boolean matches(String national) {
        int length = national.length();
        if (length > MAX_LENGTH || generalPattern == null || !allowsLength(general, length)
                || !generalPattern.matcher(national).matches()) {
            return false;
        }
        Pattern types = typesByLength[length];
        return types != null && types.matcher(national).matches();
    }

    /** As libphonenumber: no listed lengths means any length. */
    private static boolean allowsLength(PhoneNumberDesc d, int length) {
        return d.getPossibleLengthCount() == 0 || d.getPossibleLengthList().contains(length);
    }
}
