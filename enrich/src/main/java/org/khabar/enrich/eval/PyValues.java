package org.khabar.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The few Python behaviours score.py relies on, for JSON values: {@code str()}, {@code repr()},
 * {@code int()}, {@code ==} between numbers, truthiness, {@code round(x, n)} and {@code format(x,
 * '.3f')}. Kept in one place so the Java scorer gives the same figures as the Python one.
 */
final class PyValues {
    private PyValues() {
    }

    static boolean isNone(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode();
    }

    /** Python truthiness of a JSON value. */
    static boolean truthy(JsonNode v) {
        if (isNone(v)) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.decimalValue().signum() != 0;
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        return v.size() > 0;
    }

    /** {@code str(value)} as Python prints a parsed JSON value. */
    static String str(JsonNode v) {
        if (isNone(v)) {
            return "None";
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            return floatRepr(v.doubleValue());
        }
        return v.toString();
    }

    /** {@code repr(value)}: strings quoted the way Python quotes them. */
    static String repr(Object v) {
        if (v instanceof String s) {
            char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
            StringBuilder b = new StringBuilder().append(q);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\') {
                    b.append("\\\\");
                } else if (c == q) {
                    b.append('\\').append(c);
                } else if (c == '\n') {
                    b.append("\\n");
                } else if (c == '\t') {
                    b.append("\\t");
                } else if (c == '\r') {
                    b.append("\\r");
                } else {
                    b.append(c);
                }
            }
            return b.append(q).toString();
        }
        if (v instanceof Double d) {
            return floatRepr(d);
        }
        if (v == null) {
            return "None";
        }
        return v.toString();
    }

    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return new BigDecimal(d).toBigInteger() + ".0";
        }
        String s = Double.toString(d);
        if (s.contains("E")) {
            BigDecimal bd = new BigDecimal(s).stripTrailingZeros();
            double abs = Math.abs(d);
            if (abs >= 1e-4 && abs < 1e16) {
                return bd.toPlainString();
            }
            String mant = bd.unscaledValue().abs().toString();
            int exp = mant.length() - 1 - bd.scale();
            String m = mant.length() > 1 ? mant.charAt(0) + "." + mant.substring(1) : mant;
            m = m.replaceAll("\\.?0+$", "");
            return (d < 0 ? "-" : "") + m + "e" + (exp < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exp));
        }
        return s;
    }

    /**
     * {@code int(value)}: integers as they are, floats truncated, booleans as 0/1, strings of an
     * integer (surrounding spaces allowed); null when Python would raise TypeError or ValueError.
     */
    static Long toInt(JsonNode v) {
        if (isNone(v)) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? 1L : 0L;
        }
        if (v.isIntegralNumber()) {
            BigInteger b = v.bigIntegerValue();
            return b.bitLength() < 63 ? b.longValue() : null;
        }
        if (v.isNumber()) {
            double d = v.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return null;
            }
            return new BigDecimal(d).setScale(0, RoundingMode.DOWN).longValue();
        }
        if (v.isTextual()) {
            return parseInt(v.textValue());
        }
        return null;
    }

    /** {@code int(str)}: optional sign, decimal digits of any script, single underscores between digits. */
    static Long parseInt(String text) {
        String s = text.strip();
        int i = 0;
        StringBuilder digits = new StringBuilder();
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            digits.append(s.charAt(0));
            i = 1;
        }
        boolean lastDigit = false;
        int count = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_' && lastDigit && i + 1 < s.length() && Character.digit(s.charAt(i + 1), 10) >= 0) {
                lastDigit = false;
                continue;
            }
            int d = Character.digit(c, 10);
            if (d < 0) {
                return null;
            }
            digits.append((char) ('0' + d));
            lastDigit = true;
            count++;
        }
        if (count == 0) {
            return null;
        }
        try {
            return Long.parseLong(digits.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A JSON value as Python would hold it in a tuple key: numbers compared by value (2 == 2.0). */
    static Object value(JsonNode v) {
        if (isNone(v)) {
            return null;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? 1L : 0L;
        }
        if (v.isNumber()) {
            BigDecimal d = v.decimalValue();
            try {
                return d.stripTrailingZeros().scale() <= 0 ? (Object) d.longValueExact() : (Object) v.doubleValue();
            } catch (ArithmeticException tooBig) {
                return v.doubleValue();
            }
        }
        return v.toString();
    }

    /** Python {@code a == b} for two JSON scalars. */
    static boolean equal(JsonNode a, JsonNode b) {
        if (isNone(a) || isNone(b)) {
            return isNone(a) && isNone(b);
        }
        boolean an = a.isNumber() || a.isBoolean();
        boolean bn = b.isNumber() || b.isBoolean();
        if (an && bn) {
            return number(a).compareTo(number(b)) == 0;
        }
        if (an || bn) {
            return false;
        }
        return a.equals(b);
    }

    private static BigDecimal number(JsonNode v) {
        return v.isBoolean() ? (v.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO) : v.decimalValue();
    }

    /** {@code round(x, digits)}: the double's exact value rounded half-even, as Python does. */
    static double round(double x, int digits) {
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** {@code format(x, '.3f')} and friends. */
    static String fixed(double x, int digits) {
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code format(s, '12')}: left-aligned, padded with spaces. */
    static String pad(String s, int width) {
        int len = s.codePointCount(0, s.length());
        return len >= width ? s : s + " ".repeat(width - len);
    }
}
