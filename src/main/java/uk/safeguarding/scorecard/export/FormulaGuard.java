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
        for (String line : value.split("\n", -1)) {
            String s = line.replaceFirst("^[ \u00A0]+", "");
            if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
                return true;
            }
        }
        return false;
    }

    public static String neutralise(String value) {
        if (!isDangerous(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        String[] lines = value.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].replaceFirst("^[ \u00A0]+", "");
            out.append(i > 0 ? "\n" : "").append(!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + lines[i] : lines[i]);
        }
        return out.toString();
    }
}
