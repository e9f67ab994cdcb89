package uk.safeguarding.scorecard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Seeded mutation of real files for fuzz tests: bit flips, overwritten runs, truncation,
 * duplicated and removed chunks. The time budget is {@code -Dfuzz.seconds} (default 25).
 */
public final class Mutations {
    public static final Path CORPUS = Path.of("..", "shared", "corpus");

    private Mutations() {
    }

    public static long budgetMillis() {
        return Long.getLong("fuzz.seconds", 25) * 1000;
    }

    /** The corpus files in the given sub-folders, plus the project's own sample inputs. */
    public static List<Path> seeds(List<String> corpusFolders, Path... ownSamples) throws IOException {
        Stream<Path> corpus = Stream.empty();
        for (String folder : corpusFolders) {
            Path dir = CORPUS.resolve(folder);
            if (Files.isDirectory(dir)) {
                corpus = Stream.concat(corpus, Files.list(dir).filter(Files::isRegularFile).toList().stream());
            }
        }
        return Stream.concat(corpus, Stream.of(ownSamples)).filter(p -> {
            try {
                return Files.size(p) < 2_000_000;
            } catch (IOException e) {
                return false;
            }
        }).sorted().toList();
    }

    public static byte[] mutate(byte[] original, Random random) {
        byte[] b = original.length == 0 ? new byte[] {0} : original.clone();
        switch (random.nextInt(5)) {
            case 0 -> {
                for (int i = 0, n = 1 + random.nextInt(16); i < n; i++) {
                    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> {
                int at = random.nextInt(b.length);
                byte[] junk = new byte[Math.min(b.length - at, 1 + random.nextInt(256))];
                random.nextBytes(junk);
                System.arraycopy(junk, 0, b, at, junk.length);
            }
            case 2 -> b = Arrays.copyOf(b, random.nextInt(b.length));
            case 3 -> {
                int from = random.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + random.nextInt(4096));
                byte[] out = new byte[b.length + len];
                System.arraycopy(b, 0, out, 0, from + len);
                System.arraycopy(b, from, out, from + len, b.length - from);
                b = out;
            }
            default -> {
                int from = random.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + random.nextInt(4096));
                byte[] out = new byte[b.length - len];
                System.arraycopy(b, 0, out, 0, from);
                System.arraycopy(b, from + len, out, from, b.length - from - len);
                b = out;
            }
        }
        return b;
    }
}
