package uk.safeguarding.scorecard.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** HTML text with jsoup: one paragraph per block element (headings, paragraphs, list items, table rows). */
final class HtmlTextExtractor implements TextExtractor {
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, tr, blockquote, pre, dt, dd, caption";

    @Override
    public List<Page> extract(Path file, ExtractionLimits limits) throws IOException, UnreadableDocumentException {
        Document html = Jsoup.parse(file.toFile(), null);
        html.select("script, style, noscript, template, nav").remove();
        PageBuilder pages = new PageBuilder(limits);
        for (Element block : html.body().select(BLOCKS)) {
            if (block.children().select(BLOCKS).isEmpty()) { // innermost blocks only: no text twice
                pages.paragraph(block.tagName().equals("tr") ? rowText(block) : block.text());
            }
        }
        return pages.build();
    }

    private static String rowText(Element row) {
        return String.join(" | ", row.children().eachText());
    }
}
