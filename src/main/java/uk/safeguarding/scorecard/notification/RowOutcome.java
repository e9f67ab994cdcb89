package uk.safeguarding.scorecard.notification;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * A validated row: the record to load (null when a hard rule rejected it), every finding, and the
 * record's content hash and key digest (both made by the step's reader as it validates the row, not
 * by the writer).
 */
record RowOutcome(SourceRow source, NotificationRecord record, List<Finding> findings, long recordHash, long recordKey) {
    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    RowOutcome(SourceRow source, NotificationRecord record, List<Finding> findings) {
        this(source, record, findings, record == null ? 0 : NotificationRepository.rowHash(record),
                record == null ? 0 : key(record.notificationId(), record.childRef()));
    }

    /** The one outcome of a file that cannot be read: rejected with the reason. */
    static RowOutcome unreadable(String file, String rule, String message) {
        SourceRow row = SourceRow.unreadable(file, rule, message);
        return new RowOutcome(row, null, List.of(row.problem()));
    }

    /** A 64-bit digest of a notification id and child ref (no practical collisions at a million rows). */
    static long key(String notificationId, String childRef) {
        return digest64(notificationId + '\u0000' + childRef);
    }

    /** A 64-bit digest of a text: the two halves of its MD5 folded together. */
    static long digest64(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return digest64(utf8, utf8.length);
    }

    /** The same of the first {@code length} bytes of a text's UTF-8. */
    static long digest64(byte[] utf8, int length) {
        MessageDigest md5 = MD5.get();
        md5.update(utf8, 0, length);
        byte[] digest = md5.digest();
        return ByteBuffer.wrap(digest).getLong() ^ ByteBuffer.wrap(digest, 8, 8).getLong();
    }

    boolean rejected() {
        return record == null;
    }
}
