package uk.safeguarding.scorecard.notification;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The UTF-8 bytes of a record's values as its content hash reads them: each value's text (U+0000
 * for none) followed by U+001F. Written straight into one reused buffer per thread, without
 * building the text first, as this runs for every row; the bytes are those of the joined text.
 */
final class ContentText {
    private static final ThreadLocal<ContentText> BUFFER = ThreadLocal.withInitial(ContentText::new);
    private static final byte SEPARATOR = 0x1f;
    private byte[] bytes = new byte[256];
    private int length;

    private ContentText() {
    }

    /** This thread's buffer, holding the values given, each followed by the separator. */
    static ContentText of(Object... values) {
        ContentText text = BUFFER.get();
        text.length = 0;
        for (Object v : values) {
            text.append(v);
            text.put(SEPARATOR);
        }
        return text;
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    private void append(Object v) {
        if (v == null) {
            put((byte) 0);
        } else if (v instanceof LocalDate d && d.getYear() >= 1000 && d.getYear() <= 9999) {
            digits(d.getYear(), 4);
            put((byte) '-');
            digits(d.getMonthValue(), 2);
            put((byte) '-');
            digits(d.getDayOfMonth(), 2);
        } else {
            String s = v.toString();
            if (!isAscii(s)) {
                for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
                    put(b);
                }
                return;
            }
            for (int i = 0; i < s.length(); i++) {
                put((byte) s.charAt(i));
            }
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private void digits(int value, int width) {
        for (int p = width - 1, v = value; p >= 0; p--, v /= 10) {
            put(length + p, (byte) ('0' + v % 10));
        }
        length += width;
    }

    private void put(byte b) {
        put(length, b);
        length++;
    }

    private void put(int at, byte b) {
        if (at >= bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, at + 1));
        }
        bytes[at] = b;
    }
}
