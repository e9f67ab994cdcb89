package uk.safeguarding.scorecard.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

/**
 * DOCX text with POI. A page ends at an explicit page break, a paragraph set to start on a new
 * page, or a break Word recorded when it last laid the document out; tables are read row by row.
 */
final class DocxTextExtractor implements TextExtractor {

    @Override
    public List<Page> extract(Path file, ExtractionLimits limits) throws IOException, UnreadableDocumentException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XWPFDocument doc = new XWPFDocument(pkg)) {
            PageBuilder pages = new PageBuilder(limits);
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p, pages);
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        pages.paragraph(String.join(" | ", row.getTableCells().stream().map(c -> c.getText().strip()).toList()));
                    }
                }
            }
            return pages.build();
        } catch (NotOfficeXmlFileException e) {
            throw new UnreadableDocumentException(RejectReason.UNSUPPORTED_FORMAT, "a zip file that is not a Word document", e);
        } catch (InvalidFormatException | POIXMLException e) {
            throw new UnreadableDocumentException(RejectReason.CORRUPT, "damaged Word document: " + rootMessage(e), e);
        }
    }

    private static void paragraph(XWPFParagraph p, PageBuilder pages) throws UnreadableDocumentException {
        if (p.isPageBreak()) {
            pages.pageBreak();
        }
        StringBuilder text = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            if (!run.getCTR().getLastRenderedPageBreakList().isEmpty() && text.length() > 0) {
                pages.paragraph(text.toString());
                text.setLength(0);
                pages.pageBreak();
            }
            text.append(run.text());
            if (hasPageBreak(run)) {
                pages.paragraph(text.toString());
                text.setLength(0);
                pages.pageBreak();
            }
        }
        pages.paragraph(text.toString());
    }

    private static boolean hasPageBreak(XWPFRun run) {
        for (CTBr br : run.getCTR().getBrList()) {
            if (br.getType() == STBrType.PAGE) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
