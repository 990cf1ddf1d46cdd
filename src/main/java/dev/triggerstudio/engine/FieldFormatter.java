package dev.triggerstudio.engine;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.triggerstudio.model.FieldDef;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalises field values by type: phones to E.164 (libphonenumber, project default_country),
 * emails trimmed and lower-cased, datetimes to UTC ISO-8601 with Z, dates to ISO dates,
 * urls with a scheme, addresses with trimmed parts. Returns an error text for a value it cannot
 * read, so that format_fields can reject with it.
 */
public final class FieldFormatter {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final String country;
    /** Parsing a phone costs more than the rest of a record's formatting; batches repeat numbers. */
    private final Map<String, String> phoneCache = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 16384;
        }
    };

    public FieldFormatter(String defaultCountry) {
        this.country = defaultCountry == null ? "US" : defaultCountry.toUpperCase(Locale.ROOT);
    }

    /** The formatted value, or throws IllegalArgumentException with what is wrong. */
    public Object format(FieldDef f, Object v) {
        if (!(v instanceof String s)) {
            return f.type() == dev.triggerstudio.model.FieldType.ADDRESS && v instanceof Map<?, ?> m ? address(m) : v;
        }
        return switch (f.type()) {
            case PHONE -> phoneOrThrow(s);
            case EMAIL -> email(s);
            case DATETIME -> datetime(s);
            case DATE -> date(s);
            case URL -> url(s);
            case ADDRESS -> address(Map.of("street", s));
            default -> v;
        };
    }

    /** E.164 form, or null when the text is not a valid number. */
    public String phone(String text) {
        String hit = phoneCache.get(text);
        if (hit != null) {
            return hit.isEmpty() ? null : hit;
        }
        String e164 = parsePhone(text);
        phoneCache.put(text, e164 == null ? "" : e164);
        return e164;
    }

    String parsePhone(String text) {
        Phonenumber.PhoneNumber plain = E164Reader.read(PHONES, text);
        if (plain != null && E164Reader.isValid(PHONES, plain)) {
            return text; // plain E.164 is its own E.164 form
        }
        return parseGeneral(text);
    }

    /** libphonenumber's general reading: any punctuation, national forms, letters, extensions. */
    String parseGeneral(String text) {
        try {
            Phonenumber.PhoneNumber n = PHONES.parse(text, country);
            return PHONES.isValidNumber(n) ? PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    private String phoneOrThrow(String s) {
        if (s.isBlank()) {
            return null;
        }
        String e164 = phone(s);
        if (e164 == null) {
            throw new IllegalArgumentException("\"" + s + "\" is not a valid phone number (default country " + country + ")");
        }
        return e164;
    }

    private static String email(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        if (!EMAIL.matcher(t).matches()) {
            throw new IllegalArgumentException("\"" + s + "\" is not an email address");
        }
        return t;
    }

    static String datetime(String s) {
        if (isCanonicalUtc(s)) {
            return s; // already what we store: skip the costly parse
        }
        String t = s.trim();
        try {
            return Instant.parse(t).truncatedTo(ChronoUnit.MILLIS).toString();
        } catch (DateTimeParseException ignored) {
            // try the other ISO forms below
        }
        try {
            return OffsetDateTime.parse(t).toInstant().toString();
        } catch (DateTimeParseException ignored) {
            // no offset: read as UTC
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException ignored) {
            // a date alone is midnight UTC
        }
        try {
            return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + s + "\" is not an ISO-8601 datetime such as 2026-01-31T09:30:00Z");
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ssZ} with plausible ranges, checked without a parser. */
    static boolean isCanonicalUtc(String s) {
        if (s.length() != 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(19) != 'Z') {
            return false;
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        int month = two(s, 5);
        int day = two(s, 8);
        return month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(Integer.parseInt(s, 0, 4, 10), month)
                .lengthOfMonth() && two(s, 11) < 24 && two(s, 14) < 60 && two(s, 17) < 60;
    }

    private static int two(String s, int at) {
        return (s.charAt(at) - '0') * 10 + (s.charAt(at + 1) - '0');
    }

    private static String date(String s) {
        String t = s.trim();
        try {
            return LocalDate.parse(t).toString();
        } catch (DateTimeParseException ignored) {
            // maybe a datetime: keep its UTC date
        }
        try {
            return datetime(t).substring(0, 10);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + s + "\" is not an ISO-8601 date such as 2026-01-31");
        }
    }

    private static String url(String s) {
        String t = s.trim();
        if (t.isEmpty()) {
            return null;
        }
        String withScheme = t.matches("(?i)^[a-z][a-z0-9+.-]*://.*") ? t : "https://" + t;
        try {
            URI u = new URI(withScheme);
            if (u.getHost() == null) {
                throw new URISyntaxException(t, "no host");
            }
            return withScheme;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + s + "\" is not a URL");
        }
    }

    private static Map<String, Object> address(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k).trim().toLowerCase(Locale.ROOT).replace(' ', '_'),
                v instanceof String s ? s.trim().replaceAll("\\s+", " ") : v));
        if (out.get("country") instanceof String c && c.length() == 2) {
            out.put("country", c.toUpperCase(Locale.ROOT));
        }
        return out;
    }
}
