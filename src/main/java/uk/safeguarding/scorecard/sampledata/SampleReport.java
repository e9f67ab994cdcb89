package uk.safeguarding.scorecard.sampledata;

import java.util.List;

/**
 * A composed fictional report: pages of blocks, each a heading or a paragraph.
 *
 * @param title the report's title line
 * @param pages the pages, each a list of blocks
 */
record SampleReport(String title, List<List<Block>> pages) {

    /** A heading or a paragraph. */
    record Block(boolean heading, String text) {
    }
}
