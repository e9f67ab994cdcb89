package uk.safeguarding.scorecard.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

/**
 * DOCX text with POI. A page ends at an explicit page break, a paragraph set to start on a new
 * page, or a break Word recorded when it last laid the document out; tables are read row by row;
 * HTML or text embedded as "alternative format chunks" is read too. A package behind Office's
 * default password is decrypted first.
 */
final class DocxTextExtractor implements TextExtractor {
    private static final String ALT_CHUNK =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk";

    @Override
    public List<Page> extract(Path file, ExtractionLimits limits) throws IOException, UnreadableDocumentException {
        if (FileMagic.valueOf(file.toFile()) == FileMagic.OLE2) {
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
                    InputStream decrypted = Ole2Inspector.decryptedPackage(fs)) {
                return read(OPCPackage.open(decrypted), limits);
            } catch (GeneralSecurityException | InvalidFormatException e) {
                throw new UnreadableDocumentException(RejectReason.ENCRYPTED, "cannot decrypt the Office document", e);
            }
        }
        requireWordPackage(file);
        try {
            return read(OPCPackage.open(file.toFile(), PackageAccess.READ), limits);
        } catch (InvalidFormatException e) {
            throw new UnreadableDocumentException(RejectReason.CORRUPT, "damaged Word document: " + UnreadableDocumentException.rootMessage(e), e);
        }
    }

    /** A zip without Word's main part is some other kind of file, whatever its name says. */
    private static void requireWordPackage(Path file) throws UnreadableDocumentException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") == null && zip.stream().noneMatch(e -> e.getName().startsWith("word/"))) {
                String kind = zip.getEntry("xl/workbook.xml") != null ? "a spreadsheet"
                        : zip.getEntry("ppt/presentation.xml") != null ? "a presentation" : "a zip archive";
                throw new UnreadableDocumentException(RejectReason.UNSUPPORTED_FORMAT, kind + ", not a Word document");
            }
        } catch (ZipException e) {
            throw new UnreadableDocumentException(RejectReason.CORRUPT, "damaged zip container: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(RejectReason.CORRUPT, "cannot open the zip container: " + e.getMessage(), e);
        }
    }

    private static List<Page> read(OPCPackage pkg, ExtractionLimits limits) throws IOException, UnreadableDocumentException {
        try (pkg; XWPFDocument doc = new XWPFDocument(pkg)) {
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
            for (PackageRelationship rel : doc.getPackagePart().getRelationshipsByType(ALT_CHUNK)) {
                altChunk(doc.getPackagePart().getRelatedPart(rel), pages);
            }
            return pages.build();
        } catch (POIXMLException | InvalidFormatException e) {
            throw new UnreadableDocumentException(RejectReason.CORRUPT, "damaged Word document: " + UnreadableDocumentException.rootMessage(e), e);
        } catch (OpenXML4JException e) {
            throw new UnreadableDocumentException(RejectReason.CORRUPT, "damaged Word package: " + UnreadableDocumentException.rootMessage(e), e);
        }
    }

    private static void altChunk(PackagePart part, PageBuilder pages) throws IOException, UnreadableDocumentException {
        if (part == null) {
            return;
        }
        try (InputStream in = part.getInputStream()) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String text = part.getContentType().contains("html") ? Jsoup.parse(content).wholeText() : content;
            for (String paragraph : text.split("\\n\\s*\\n|\\r?\\n")) {
                pages.paragraph(paragraph);
            }
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
}
