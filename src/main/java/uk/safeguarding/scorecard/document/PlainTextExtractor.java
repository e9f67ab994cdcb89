package uk.safeguarding.scorecard.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Plain text in UTF-8 (or Windows-1252 when it is not valid UTF-8). Form feeds separate pages;
 * blank lines separate paragraphs.
 */
final class PlainTextExtractor implements TextExtractor {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Override
    public List<Page> extract(Path file, ExtractionLimits limits) throws IOException, UnreadableDocumentException {
        String text = decode(Files.readAllBytes(file)).replace("\uFEFF", "").replace("\r\n", "\n");
        PageBuilder pages = new PageBuilder(limits);
        String[] marked = text.split("\f", -1);
        for (int i = 0; i < marked.length; i++) {
            if (i > 0) {
                pages.pageBreak();
            }
            for (String paragraph : marked[i].split("\\n\\s*\\n")) {
                pages.paragraph(paragraph);
            }
        }
        return pages.build();
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }
}
