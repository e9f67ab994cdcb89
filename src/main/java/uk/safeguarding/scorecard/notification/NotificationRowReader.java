package uk.safeguarding.scorecard.notification;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams the rows of every notification file in turn, in a stable file order, so a restart
 * resumes at the right row. A file that cannot be read yields one row carrying the problem
 * instead of data, and the next file is read.
 */
class NotificationRowReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {
    private static final Logger log = LoggerFactory.getLogger(NotificationRowReader.class);

    private final List<Path> files;
    private final Path root;
    private final NotificationColumns columns;
    private int fileIndex;
    private NotificationFileReader current;

    NotificationRowReader(List<Path> files, Path root, NotificationColumns columns) {
        this.files = files;
        this.root = root;
        this.columns = columns;
        setName("notificationRows");
    }

    @Override
    protected SourceRow doRead() throws IOException {
        while (true) {
            if (current == null) {
                if (fileIndex >= files.size()) {
                    return null;
                }
                Path file = files.get(fileIndex++);
                String name = root.relativize(file).toString();
                try {
                    current = NotificationFileReader.open(file, name, columns);
                    log.info("Reading {} (sheet '{}')", name, current.sheet());
                } catch (UnreadableSpreadsheetException e) {
                    log.warn("Cannot read {}: {}", name, e.getMessage());
                    return SourceRow.unreadable(name, e.rule(), e.getMessage());
                }
            }
            SourceRow row = current.next();
            if (row != null) {
                return row;
            }
            current.close();
            current = null;
        }
    }

    @Override
    protected void doOpen() {
        fileIndex = 0;
    }

    @Override
    protected void doClose() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
