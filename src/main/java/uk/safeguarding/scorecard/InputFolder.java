package uk.safeguarding.scorecard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files under an input folder (or a single file), in a stable order so a restart resumes
 * at the right file. Hidden files are ignored; symbolic links are never followed, so nothing
 * outside the folder is read.
 */
public final class InputFolder {
    private InputFolder() {
    }

    public static List<Path> list(Path input) {
        if (Files.isRegularFile(input, LinkOption.NOFOLLOW_LINKS)) {
            return List.of(input);
        }
        if (!Files.isDirectory(input, LinkOption.NOFOLLOW_LINKS)) {
            throw new ConfigurationException("Input " + input + " is not a folder or a file");
        }
        try (Stream<Path> files = Files.walk(input)) {
            return files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> input.relativize(p).toString().chars().noneMatch(c -> c == '~'))
                    .filter(p -> !isHidden(input.relativize(p)))
                    .sorted(Comparator.comparing(p -> input.relativize(p).toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + input, e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
