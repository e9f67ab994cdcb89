package uk.safeguarding.scorecard.notification;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Checks a spreadsheet container with POI before the fast reader streams it: an OOXML package must
 * open cleanly (content types, relationships, no duplicate or hostile entries, POI's zip-bomb
 * limits) and name its workbook part. The streaming reader does not check these itself.
 */
final class SpreadsheetPackage {
    private SpreadsheetPackage() {
    }

    static void requireIntact(Path file) throws UnreadableSpreadsheetException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            if (!pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty()) {
                throw new UnreadableSpreadsheetException("file_unsupported",
                        "Strict Open XML spreadsheets are not read; save it as a standard Excel workbook (.xlsx)", null);
            }
            if (pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).isEmpty()) {
                throw new UnreadableSpreadsheetException("file_unreadable", "the package names no workbook part", null);
            }
        } catch (UnreadableSpreadsheetException e) {
            throw e;
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            throw new UnreadableSpreadsheetException("file_unreadable", "damaged spreadsheet package: " + e.getMessage(), e);
        }
    }

    static boolean isEncryptedOoxml(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
