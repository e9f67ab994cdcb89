package uk.safeguarding.scorecard.notification;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams the validated rows of every notification file in turn, in a stable file order, so a
 * restart resumes at the right row. Each file's rows are parsed on a thread of their own, a few
 * batches ahead, so parsing overlaps validating and storing the rows before them. A file that cannot
 * be read, or is damaged part-way through, yields one rejected row carrying the problem (rows
 * before the damage stand), and the next file is read.
 */
class NotificationRowReader extends AbstractItemCountingItemStreamItemReader<RowOutcome> {
    private static final Logger log = LoggerFactory.getLogger(NotificationRowReader.class);
    private static final String NAME = "notificationRows";
    /** Where the reader keeps its resume position (rows read) in the step's execution context. */
    static final String POSITION_KEY = NAME + ".read.count";

    private final List<Path> files;
    private final Path root;
    private final NotificationColumns columns;
    private final RowValidator validator;
    private int fileIndex;
    private NotificationFileReader current;

    NotificationRowReader(List<Path> files, Path root, NotificationColumns columns, RowValidator validator) {
        this.files = files;
        this.root = root;
        this.columns = columns;
        this.validator = validator;
        setName(NAME);
    }

    @Override
    protected RowOutcome doRead() throws IOException {
        while (true) {
            if (current == null) {
                if (fileIndex >= files.size()) {
                    return null;
                }
                Path file = files.get(fileIndex++);
                String name = root.relativize(file).toString();
                try {
                    current = NotificationFileReader.open(file, name, columns, validator);
                    log.info("Reading {} (sheet '{}')", name, current.sheet());
                } catch (UnreadableSpreadsheetException e) {
                    log.warn("Cannot read {}: {}", name, e.getMessage());
                    return RowOutcome.unreadable(name, e.rule(), e.getMessage());
                }
            }
            String name = current.fileName();
            RowOutcome row;
            try {
                row = current.next();
            } catch (RuntimeException | StackOverflowError e) {
                log.warn("Stopped reading {}: {}", name, e.getClass().getSimpleName());
                closeCurrent();
                return RowOutcome.unreadable(name, "file_unreadable", "the file is damaged part-way through; rows "
                        + "before the damage were read (" + e.getClass().getSimpleName() + ")");
            }
            if (row != null) {
                return row;
            }
            closeCurrent();
        }
    }

    @Override
    protected void doOpen() {
        fileIndex = 0;
    }

    @Override
    protected void doClose() {
        closeCurrent();
    }

    private void closeCurrent() {
        try {
            if (current != null) {
                current.close();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not close a notification file: {}", e.getClass().getSimpleName());
        } finally {
            current = null;
        }
    }
}
