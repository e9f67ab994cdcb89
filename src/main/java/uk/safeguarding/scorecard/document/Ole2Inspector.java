package uk.safeguarding.scorecard.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Explains an OLE2 (compound file) input. The only readable kind is an encrypted Word package
 * that opens with Office's built-in default password; everything else is an encrypted or
 * rights-managed Office file, a legacy binary Word document, or damaged.
 */
final class Ole2Inspector {
    private static final int FIB_FLAGS_OFFSET = 0x0A;
    private static final int F_ENCRYPTED = 0x0100;

    private Ole2Inspector() {
    }

    /** DOCX when the file is a Word package behind the default password; otherwise the reason it is rejected. */
    static DocumentFormat classify(Path file) throws UnreadableDocumentException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo")) {
                if (opensWithDefaultPassword(fs)) {
                    return DocumentFormat.DOCX;
                }
                throw new UnreadableDocumentException(RejectReason.ENCRYPTED, "password-protected Office document");
            }
            if (root.hasEntryCaseInsensitive("\u0006DataSpaces")) {
                throw new UnreadableDocumentException(RejectReason.ENCRYPTED, "rights-managed (DRM) Office document");
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                Integer flags = wordFlags(root);
                if (flags != null && (flags & F_ENCRYPTED) != 0) {
                    throw new UnreadableDocumentException(RejectReason.ENCRYPTED, "password-protected Word 97-2003 document");
                }
                throw new UnreadableDocumentException(RejectReason.UNSUPPORTED_FORMAT,
                        "legacy Word 97-2003 (.doc) document; save it as DOCX or PDF");
            }
            throw new UnreadableDocumentException(RejectReason.UNSUPPORTED_FORMAT,
                    "an OLE2 compound file that is not a Word document");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(RejectReason.CORRUPT, "damaged OLE2 compound file: " + e.getMessage(), e);
        }
    }

    /** The decrypted OOXML package of a file that opens with the default password. */
    static InputStream decryptedPackage(POIFSFileSystem fs) throws IOException, GeneralSecurityException {
        Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
        if (!decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD)) {
            throw new GeneralSecurityException("not the default password");
        }
        return decryptor.getDataStream(fs);
    }

    private static boolean opensWithDefaultPassword(POIFSFileSystem fs) {
        try {
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
            return decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return false;
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
