package uk.safeguarding.scorecard.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Tells a document's format from its first bytes, never from its file name. */
final class FormatDetector {
    private static final int HEAD_BYTES = 8192;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private FormatDetector() {
    }

    static DocumentFormat detect(Path file) throws IOException, UnreadableDocumentException {
        byte[] head = head(file);
        if (head.length == 0) {
            throw new UnreadableDocumentException(RejectReason.EMPTY, "the file has zero bytes");
        }
        if (startsWith(head, OLE2)) {
            return Ole2Inspector.classify(file);
        }
        if (startsWith(head, ZIP)) {
            return DocumentFormat.DOCX;
        }
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        if (ascii.substring(0, Math.min(1024, ascii.length())).contains("%PDF-")) {
            return DocumentFormat.PDF;
        }
        String lower = ascii.toLowerCase(Locale.ROOT).stripLeading().replace("\u00ef\u00bb\u00bf", "");
        if (lower.startsWith("{\\rtf")) {
            throw new UnreadableDocumentException(RejectReason.UNSUPPORTED_FORMAT, "RTF is not read; save as DOCX or PDF");
        }
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<body")) {
            return DocumentFormat.HTML;
        }
        if (looksLikeText(head)) {
            return DocumentFormat.TXT;
        }
        throw new UnreadableDocumentException(RejectReason.UNSUPPORTED_FORMAT,
                "not a PDF, DOCX, HTML or text file (content starts with bytes " + hex(head) + ")");
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        // a head cut mid-character is still text: ignore up to 3 trailing bytes
        for (int cut = 0; cut <= 3 && cut < head.length; cut++) {
            if (isUtf8(Arrays.copyOf(head, head.length - cut))) {
                return true;
            }
        }
        int control = 0;
        for (byte b : head) {
            if ((b & 0xFF) < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 100 < head.length; // Windows-1252 text
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static String hex(byte[] head) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(4, head.length); i++) {
            sb.append(String.format("%02X", head[i]));
        }
        return sb.toString();
    }
}
