package uk.safeguarding.scorecard.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Explains an OLE2 (compound file) input, which is never a readable report here: either an
 * encrypted or rights-managed Office file, or a legacy binary Word document.
 */
final class Ole2Inspector {
    private static final int FIB_FLAGS_OFFSET = 0x0A;
    private static final int F_ENCRYPTED = 0x0100;

    private Ole2Inspector() {
    }

    static UnreadableDocumentException reject(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo")) {
                return new UnreadableDocumentException(RejectReason.ENCRYPTED, "password-protected Office document");
            }
            if (root.hasEntryCaseInsensitive("\u0006DataSpaces")) {
                return new UnreadableDocumentException(RejectReason.ENCRYPTED, "rights-managed (DRM) Office document");
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                if (wordFlags(root) != null && (wordFlags(root) & F_ENCRYPTED) != 0) {
                    return new UnreadableDocumentException(RejectReason.ENCRYPTED, "password-protected Word 97-2003 document");
                }
                return new UnreadableDocumentException(RejectReason.UNSUPPORTED_FORMAT,
                        "legacy Word 97-2003 (.doc) document; save it as DOCX or PDF");
            }
            return new UnreadableDocumentException(RejectReason.UNSUPPORTED_FORMAT,
                    "an OLE2 compound file that is not a Word document");
        } catch (IOException | RuntimeException e) {
            return new UnreadableDocumentException(RejectReason.CORRUPT, "damaged OLE2 compound file: " + e.getMessage(), e);
        }
    }

    private static Integer wordFlags(DirectoryNode root) throws IOException {
        try (InputStream in = root.createDocumentInputStream(root.getEntryCaseInsensitive("WordDocument"))) {
            byte[] fib = in.readNBytes(FIB_FLAGS_OFFSET + 2);
            if (fib.length < FIB_FLAGS_OFFSET + 2) {
                return null;
            }
            return (fib[FIB_FLAGS_OFFSET] & 0xFF) | (fib[FIB_FLAGS_OFFSET + 1] & 0xFF) << 8;
        }
    }
}
