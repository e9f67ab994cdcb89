package uk.safeguarding.scorecard.yearlyreport;

import java.util.HashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the input documents into {@code gridSize} partitions by position in the stable file
 * order (document i goes to partition i mod gridSize), so each partition is scored on its own
 * thread and restarts on its own.
 */
class DocumentPartitioner implements Partitioner {
    static final String PARTITION = "partition";
    static final String PARTITIONS = "partitions";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new HashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(PARTITION, i);
            context.putInt(PARTITIONS, gridSize);
            partitions.put("partition" + i, context);
        }
        return partitions;
    }
}
