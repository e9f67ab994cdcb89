package uk.safeguarding.scorecard.evidence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Agreement between automatic ratings and human labels: exact agreement, Cohen's kappa and the
 * confusion matrix, per requirement and overall.
 */
public final class Agreement {
    /** One compared rating. */
    public record Pair(String document, String requirement, Rating human, Rating automatic) {
    }

    /** The statistics of a set of pairs; {@code confusion[human][automatic]} in FULLY, PARTLY, NOT order. */
    public record Stats(int n, double agreement, double kappa, int[][] confusion) {
    }

    private final List<Pair> pairs;

    public Agreement(List<Pair> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    public Stats overall() {
        return stats(pairs);
    }

    public Map<String, Stats> byRequirement() {
        Map<String, List<Pair>> groups = new TreeMap<>();
        pairs.forEach(p -> groups.computeIfAbsent(p.requirement(), k -> new ArrayList<>()).add(p));
        Map<String, Stats> out = new TreeMap<>();
        groups.forEach((k, v) -> out.put(k, stats(v)));
        return out;
    }

    public List<Pair> disagreements() {
        return pairs.stream().filter(p -> p.human() != p.automatic()).toList();
    }

    static Stats stats(List<Pair> pairs) {
        int[][] confusion = new int[3][3];
        for (Pair p : pairs) {
            confusion[p.human().ordinal()][p.automatic().ordinal()]++;
        }
        int n = pairs.size();
        if (n == 0) {
            return new Stats(0, Double.NaN, Double.NaN, confusion);
        }
        int agree = 0;
        Map<Rating, Integer> humanTotals = new EnumMap<>(Rating.class);
        Map<Rating, Integer> autoTotals = new EnumMap<>(Rating.class);
        for (Rating h : Rating.values()) {
            for (Rating a : Rating.values()) {
                int c = confusion[h.ordinal()][a.ordinal()];
                if (h == a) {
                    agree += c;
                }
                humanTotals.merge(h, c, Integer::sum);
                autoTotals.merge(a, c, Integer::sum);
            }
        }
        double po = (double) agree / n;
        double pe = 0;
        for (Rating r : Rating.values()) {
            pe += (double) humanTotals.get(r) / n * autoTotals.get(r) / n;
        }
        double kappa = pe >= 1.0 ? (po >= 1.0 ? 1.0 : 0.0) : (po - pe) / (1 - pe);
        return new Stats(n, po, kappa, confusion);
    }
}
