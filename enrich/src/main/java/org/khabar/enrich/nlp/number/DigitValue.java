package org.khabar.enrich.nlp.number;

/**
 * The value of a digit token as the tokenizer cuts it (ASCII digits with inner separators):
 * 1,200 and 1.200 and 12,500,000 are thousands groups, 3.5 and 1,5 and 0,08 are decimals, ٫ is
 * always the decimal mark and ٬ always the thousands mark.
 */
public final class DigitValue {
    private DigitValue() {
    }

    /**
     * The value, or NaN when the token is not one number (an IP address, a version string).
     *
     * @param beforeMultiplier true when a word like مليون/ألف follows: "1.500 مليون" is 1.5
     *                         million, never 1500 million, so a lone separator is a decimal mark
     */
    public static double parse(String token, boolean beforeMultiplier) {
        int seps = 0;
        int dots = 0;
        int commas = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c == ',') {
                commas++;
            } else if (c == '٫' || c == '٬') {
                seps++;
            } else if (c < '0' || c > '9') {
                return Double.NaN;
            }
        }
        if (dots == 0 && commas == 0 && seps == 0) {
            return plain(token);
        }
        if (seps > 0) {
            String s = token.replace("٬", "").replace('٫', '.');
            return dots + commas > 0 ? Double.NaN : decimal(s);
        }
        if (dots > 0 && commas > 0) {
            // the mark that comes last is the decimal mark: 1,234.56 or 1.234,56
            char decimalMark = token.lastIndexOf('.') > token.lastIndexOf(',') ? '.' : ',';
            char groupMark = decimalMark == '.' ? ',' : '.';
            if (count(token, decimalMark) != 1) {
                return Double.NaN;
            }
            String s = token.replace(String.valueOf(groupMark), "").replace(decimalMark, '.');
            return decimal(s);
        }
        char mark = dots > 0 ? '.' : ',';
        int marks = Math.max(dots, commas);
        String[] groups = token.split(mark == '.' ? "\\." : ",", -1);
        boolean thousands = groups[0].length() <= 3 && !groups[0].isEmpty();
        for (int g = 1; g < groups.length; g++) {
            thousands &= groups[g].length() == 3;
        }
        if (marks > 1) {
            return thousands ? plain(token.replace(String.valueOf(mark), "")) : Double.NaN;
        }
        boolean leadingZero = groups[0].startsWith("0");
        if (thousands && !leadingZero && !beforeMultiplier) {
            return plain(groups[0] + groups[1]);
        }
        return decimal(groups[0] + "." + groups[1]);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static double plain(String digits) {
        if (digits.isEmpty()) {
            return Double.NaN;
        }
        if (digits.length() <= 18) {
            return Long.parseLong(digits);
        }
        return Double.parseDouble(digits);
    }

    private static double decimal(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
