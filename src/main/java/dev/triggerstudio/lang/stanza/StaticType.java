package dev.triggerstudio.lang.stanza;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.ObjectDef;

/**
 * What the checker knows about an expression before it runs.
 *
 * @param def the record definition of a RECORD or SET, or the target of a LOOKUP; null when unknown
 * @param field the field a value or field list comes from, for messages and aggregation checks
 */
record StaticType(Kind kind, ObjectDef def, FieldDef field) {

    enum Kind { TEXT, NUMBER, BOOLEAN, LIST, RECORD, SET, LOOKUP, USER, NULL, ANY }

    static final StaticType TEXT = of(Kind.TEXT);
    static final StaticType NUMBER = of(Kind.NUMBER);
    static final StaticType BOOLEAN = of(Kind.BOOLEAN);
    static final StaticType LIST = of(Kind.LIST);
    static final StaticType USER = of(Kind.USER);
    static final StaticType NULL = of(Kind.NULL);
    static final StaticType ANY = of(Kind.ANY);

    static StaticType of(Kind kind) {
        return new StaticType(kind, null, null);
    }

    /** The type of a field's value; system fields are text. */
    static StaticType ofField(FieldDef field, ObjectDef lookupTarget) {
        if (field == null) {
            return TEXT;
        }
        Kind kind = switch (field.type()) {
            case NUMBER, INTEGER -> Kind.NUMBER;
            case BOOLEAN -> Kind.BOOLEAN;
            case LOOKUP -> Kind.LOOKUP;
            case ADDRESS, JSON -> Kind.ANY;
            default -> Kind.TEXT;
        };
        return new StaticType(kind, lookupTarget, field);
    }

    boolean is(Kind... kinds) {
        for (Kind k : kinds) {
            if (kind == k) {
                return true;
            }
        }
        return false;
    }

    /** Text and lookups compare with each other (a lookup compares by its id). */
    boolean comparableWith(StaticType other) {
        if (is(Kind.ANY, Kind.NULL) || other.is(Kind.ANY, Kind.NULL)) {
            return true;
        }
        Kind a = kind == Kind.LOOKUP ? Kind.TEXT : kind;
        Kind b = other.kind == Kind.LOOKUP ? Kind.TEXT : other.kind;
        return a == b;
    }

    /** Whether a value of this type fits a field of the given type. */
    boolean fits(FieldType type) {
        if (is(Kind.ANY, Kind.NULL)) {
            return true;
        }
        return switch (type) {
            case NUMBER, INTEGER -> kind == Kind.NUMBER;
            case BOOLEAN -> kind == Kind.BOOLEAN;
            case LOOKUP -> is(Kind.TEXT, Kind.LOOKUP, Kind.RECORD);
            case ADDRESS, JSON -> !is(Kind.SET, Kind.USER);
            default -> is(Kind.TEXT, Kind.NUMBER, Kind.LOOKUP);
        };
    }

    String describe() {
        return switch (kind) {
            case TEXT -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case LIST -> "a list";
            case RECORD -> "a record";
            case SET -> "a set of records";
            case LOOKUP -> "a lookup";
            case USER -> "the user";
            case NULL -> "null";
            case ANY -> "a value";
        };
    }
}
