package uk.safeguarding.scorecard.yearlyreport;

import java.nio.file.Path;

/**
 * One input file of the yearly-reports job.
 *
 * @param file where it is
 * @param fileName its name as written in the register and outputs
 * @param documentId the file name without its extension
 */
public record InputDocument(Path file, String fileName, String documentId) {

    static InputDocument of(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return new InputDocument(file, name, dot > 0 ? name.substring(0, dot) : name);
    }
}
