package dev.triggerstudio.lang.lua;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;

/**
 * Lua 5.2 pattern matching (the algorithm of lstrlib.c, written again for Java) with a step budget.
 * LuaJ's own matcher runs inside one VM instruction, so a pathological pattern such as
 * {@code ('a'):rep(30):find(('a?'):rep(30) .. ('a'):rep(30))} would run for hours where no hook sees
 * it; here every matching step is counted and the run's deadline is checked as it goes.
 */
final class LuaPattern {
    private static final int CAP_UNFINISHED = -1;
    private static final int CAP_POSITION = -2;
    private static final int MAX_CAPTURES = 32;
    private static final int MAX_DEPTH = 200;
    private static final char ESC = '%';

    final byte[] src;
    final byte[] pat;
    private final RunGuard guard;
    int level;
    final int[] captureInit = new int[MAX_CAPTURES];
    final int[] captureLen = new int[MAX_CAPTURES];
    private int depth;
    private long steps;

    LuaPattern(byte[] src, byte[] pat, RunGuard guard) {
        this.src = src;
        this.pat = pat;
        this.guard = guard;
    }

    /** Resets captures before a match attempt at a new position. */
    void reset() {
        level = 0;
        depth = 0;
    }

    /** Matches the pattern from pattern index p at subject index s; returns the end or -1. */
    int match(int s, int p) {
        step();
        if (++depth > MAX_DEPTH) {
            throw new LuaError("pattern too complex");
        }
        try {
            return doMatch(s, p);
        } finally {
            depth--;
        }
    }

    private void step() {
        if ((++steps & 4095) == 0) {
            guard.checkTime();
            if (steps > LuaLimits.MAX_MATCH_STEPS) {
                throw LuaAbort.failed("pattern too slow: more than " + LuaLimits.MAX_MATCH_STEPS
                        + " matching steps in one call; simplify the pattern or the subject", guard.line());
            }
        }
    }

    private int doMatch(int s, int p) {
        while (p != pat.length) {
            byte c = pat[p];
            if (c == '(') {
                boolean position = p + 1 < pat.length && pat[p + 1] == ')';
                return position ? startCapture(s, p + 2, CAP_POSITION) : startCapture(s, p + 1, CAP_UNFINISHED);
            }
            if (c == ')') {
                return endCapture(s, p + 1);
            }
            if (c == '$' && p + 1 == pat.length) {
                return s == src.length ? s : -1;
            }
            int special = c == ESC && p + 1 < pat.length ? special(s, p) : NOT_SPECIAL;
            if (special == -1) {
                return -1;
            }
            if (special != NOT_SPECIAL) {
                s = special;
                p = specialEnd;
                continue;
            }
            int ep = classEnd(p);
            byte q = ep < pat.length ? pat[ep] : 0;
            if (!singleMatch(s, p, ep)) {
                if (q != '*' && q != '?' && q != '-') {
                    return -1;
                }
                p = ep + 1;
                continue;
            }
            if (q == '?') {
                int r = match(s + 1, ep + 1);
                if (r != -1) {
                    return r;
                }
                p = ep + 1;
                continue;
            }
            if (q == '+' || q == '*' || q == '-') {
                return q == '-' ? minExpand(s, p, ep) : maxExpand(q == '+' ? s + 1 : s, p, ep);
            }
            s++;
            p = ep;
        }
        return s;
    }

    private static final int NOT_SPECIAL = Integer.MIN_VALUE;
    private int specialEnd;

    /**
     * %b, %f and back-references: the subject index after them (their pattern end goes to
     * specialEnd), -1 when they fail, NOT_SPECIAL for an ordinary class such as %d.
     */
    private int special(int s, int p) {
        byte kind = pat[p + 1];
        if (kind == 'b') {
            specialEnd = p + 4;
            return balance(s, p + 2);
        }
        if (kind == 'f') {
            return frontier(s, p + 2);
        }
        if (kind >= '0' && kind <= '9') {
            specialEnd = p + 2;
            return matchCapture(s, kind);
        }
        return NOT_SPECIAL;
    }

    private int frontier(int s, int p) {
        if (p >= pat.length || pat[p] != '[') {
            throw new LuaError("missing '[' after '%f' in pattern");
        }
        int ep = classEnd(p);
        int previous = s == 0 ? 0 : src[s - 1] & 0xFF;
        int current = s < src.length ? src[s] & 0xFF : 0;
        if (!bracketClass(previous, p, ep - 1) && bracketClass(current, p, ep - 1)) {
            specialEnd = ep;
            return s;
        }
        return -1;
    }

    private int maxExpand(int s, int p, int ep) {
        int i = 0;
        while (singleMatch(s + i, p, ep)) {
            i++;
            step();
        }
        while (i >= 0) {
            int r = match(s + i, ep + 1);
            if (r != -1) {
                return r;
            }
            i--;
        }
        return -1;
    }

    private int minExpand(int s, int p, int ep) {
        for (;;) {
            int r = match(s, ep + 1);
            if (r != -1) {
                return r;
            }
            if (!singleMatch(s, p, ep)) {
                return -1;
            }
            s++;
        }
    }

    private int startCapture(int s, int p, int what) {
        if (level >= MAX_CAPTURES) {
            throw new LuaError("too many captures");
        }
        captureInit[level] = s;
        captureLen[level] = what;
        level++;
        int r = match(s, p);
        if (r == -1) {
            level--;
        }
        return r;
    }

    private int endCapture(int s, int p) {
        int l = captureToClose();
        captureLen[l] = s - captureInit[l];
        int r = match(s, p);
        if (r == -1) {
            captureLen[l] = CAP_UNFINISHED;
        }
        return r;
    }

    private int captureToClose() {
        for (int l = level - 1; l >= 0; l--) {
            if (captureLen[l] == CAP_UNFINISHED) {
                return l;
            }
        }
        throw new LuaError("invalid pattern capture");
    }

    private int matchCapture(int s, int digit) {
        int l = digit - '1';
        if (l < 0 || l >= level || captureLen[l] == CAP_UNFINISHED) {
            throw new LuaError("invalid capture index %" + (l + 1));
        }
        int len = captureLen[l];
        if (src.length - s >= len && java.util.Arrays.equals(src, captureInit[l], captureInit[l] + len,
                src, s, s + len)) {
            return s + len;
        }
        return -1;
    }

    private int balance(int s, int p) {
        if (p + 1 >= pat.length) {
            throw new LuaError("malformed pattern (missing arguments to '%b')");
        }
        if (s >= src.length || src[s] != pat[p]) {
            return -1;
        }
        byte open = pat[p];
        byte close = pat[p + 1];
        int count = 1;
        while (++s < src.length) {
            if (src[s] == close) {
                if (--count == 0) {
                    return s + 1;
                }
            } else if (src[s] == open) {
                count++;
            }
        }
        return -1;
    }

    private int classEnd(int p) {
        byte c = pat[p++];
        if (c == ESC) {
            if (p >= pat.length) {
                throw new LuaError("malformed pattern (ends with '%')");
            }
            return p + 1;
        }
        if (c == '[') {
            if (p < pat.length && pat[p] == '^') {
                p++;
            }
            do {
                if (p >= pat.length) {
                    throw new LuaError("malformed pattern (missing ']')");
                }
                byte x = pat[p++];
                if (x == ESC && p < pat.length) {
                    p++;
                }
            } while (p >= pat.length || pat[p] != ']');
            return p + 1;
        }
        return p;
    }

    private boolean singleMatch(int s, int p, int ep) {
        if (s >= src.length) {
            return false;
        }
        int c = src[s] & 0xFF;
        return switch (pat[p]) {
            case '.' -> true;
            case ESC -> matchClass(c, pat[p + 1] & 0xFF);
            case '[' -> bracketClass(c, p, ep - 1);
            default -> (pat[p] & 0xFF) == c;
        };
    }

    private boolean bracketClass(int c, int p, int ec) {
        boolean sig = true;
        if (pat[p + 1] == '^') {
            sig = false;
            p++;
        }
        while (++p < ec) {
            if (pat[p] == ESC) {
                p++;
                if (matchClass(c, pat[p] & 0xFF)) {
                    return sig;
                }
            } else if (p + 2 < ec && pat[p + 1] == '-') {
                p += 2;
                if ((pat[p - 2] & 0xFF) <= c && c <= (pat[p] & 0xFF)) {
                    return sig;
                }
            } else if ((pat[p] & 0xFF) == c) {
                return sig;
            }
        }
        return !sig;
    }

    static boolean matchClass(int c, int cl) {
        boolean res;
        switch (Character.toLowerCase(cl)) {
            case 'a' -> res = Character.isLetter(c) && c < 128;
            case 'c' -> res = c < 32 || c == 127;
            case 'd' -> res = c >= '0' && c <= '9';
            case 'g' -> res = c > 32 && c < 127;
            case 'l' -> res = c >= 'a' && c <= 'z';
            case 'p' -> res = c > 32 && c < 127 && !Character.isLetterOrDigit(c);
            case 's' -> res = c == ' ' || (c >= 9 && c <= 13);
            case 'u' -> res = c >= 'A' && c <= 'Z';
            case 'w' -> res = c < 128 && Character.isLetterOrDigit(c);
            case 'x' -> res = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case 'z' -> res = c == 0;
            default -> {
                return cl == c;
            }
        }
        return Character.isLowerCase(cl) == res;
    }

    /** Capture i of a match from s to e as a Lua value (a position capture is a number). */
    LuaValue capture(int i, int s, int e) {
        if (i >= level) {
            if (i != 0) {
                throw new LuaError("invalid capture index %" + (i + 1));
            }
            return LuaValue.valueOf(java.util.Arrays.copyOfRange(src, s, e));
        }
        int len = captureLen[i];
        if (len == CAP_UNFINISHED) {
            throw new LuaError("unfinished capture");
        }
        if (len == CAP_POSITION) {
            return LuaValue.valueOf(captureInit[i] + 1);
        }
        return LuaValue.valueOf(java.util.Arrays.copyOfRange(src, captureInit[i], captureInit[i] + len));
    }

    /** How many values a match yields: its captures, or the whole match when there are none. */
    int captureCount(boolean wholeWhenNone) {
        return level == 0 && wholeWhenNone ? 1 : level;
    }
}
