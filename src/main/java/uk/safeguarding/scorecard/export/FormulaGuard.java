package uk.safeguarding.scorecard.export;

/**
 * Neutralises text that a spreadsheet would run as a formula (OWASP CSV injection): a value, or
 * any line of it, starting with {@code = + - @}, tab or carriage return gets a leading apostrophe.
 */
public final class FormulaGuard {
    private FormulaGuard() {
    }

    public static boolean isDangerous(String value) {
        if (value == null) {
            return false;
        }
        for (int start = 0;; start = value.indexOf('\n', start) + 1) {
            if (startsDangerously(value, start)) {
                return true;
            }
            if (value.indexOf('\n', start) < 0) {
                return false;
            }
        }
    }

    /** Whether the line starting at {@code from} begins, after spaces, with a formula trigger. */
    private static boolean startsDangerously(String value, int from) {
        int i = from;
        while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\u00A0')) {
            i++;
        }
        return i < value.length() && "=+-@\t\r".indexOf(value.charAt(i)) >= 0;
    }

    public static String neutralise(String value) {
        if (!isDangerous(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        String[] lines = value.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append(i > 0 ? "\n" : "").append(startsDangerously(lines[i], 0) ? "'" + lines[i] : lines[i]);
        }
        return out.toString();
    }
}
