package uk.safeguarding.scorecard.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import uk.safeguarding.scorecard.document.Page;
import uk.safeguarding.scorecard.rubric.Requirement;
import uk.safeguarding.scorecard.rubric.Rubric;
import uk.safeguarding.scorecard.rubric.ScoringSettings;

/**
 * Rates a document against every content requirement of a rubric, explainably.
 *
 * <p>Each passage is judged per requirement: it must be about the requirement (topic cues, in the
 * passage, its section heading or the earlier sentences of its paragraph). Restated guidance,
 * "covered elsewhere", minutes, adults-only passages and promises about future reporting are never
 * evidence, nor is anything in a report whose title is about adults only. A plan or promise (or
 * wording the requirement caps, such as training attendance, in the passage or earlier in its
 * paragraph) is at most PARTLY. FULLY needs enough specific signals (concrete activity, effect,
 * outcome cues, and figures or dates where the requirement counts them).
 * The requirement takes the level of its best passage. One set of facts does not lift two
 * requirements to FULLY: the weaker of two requirements resting on the same passages drops to PARTLY.
 * Thread-safe; build one per rubric.
 */
public final class EvidenceScorer {
    /** Bumped whenever the method changes, so stored scores are recomputed. */
    public static final String METHOD_VERSION = "6";
    private static final int MAX_EVIDENCE = 3;
    /** A month and year ("in June 2023"): when something happened. */
    private static final Pattern DATED = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December) (19|20)\\d\\d\\b");
    private static final int MIN_WORDS_FOR_RESTATEMENT = 6;

    private final List<RequirementCues> requirements;
    private final CuePhrases restatement;
    private final CuePhrases promise;
    private final CuePhrases futureReporting;
    private final CuePhrases deferral;
    private final CuePhrases adult;
    private final CuePhrases child;
    private final CueIndex cues = new CueIndex();
    /** Indexed by stem id: whether the rubric's guidance text uses the stem. */
    private final boolean[] inGuidance;
    private final double guidanceOverlap;

    public EvidenceScorer(Rubric rubric) {
        ScoringSettings s = rubric.scoring();
        this.restatement = new CuePhrases(s.restatementCues(), cues);
        this.promise = new CuePhrases(s.promiseCues(), cues);
        this.futureReporting = new CuePhrases(s.futureReportingCues(), cues);
        this.deferral = new CuePhrases(s.deferralCues(), cues);
        this.adult = new CuePhrases(s.adultCues(), cues);
        this.child = new CuePhrases(s.childCues(), cues);
        this.guidanceOverlap = s.guidanceOverlap();
        this.requirements = rubric.contentRequirements().stream().map(r -> new RequirementCues(r, cues)).toList();
        List<int[]> guidance = rubric.contentRequirements().stream()
                .map(r -> cues.register(StemmingAnalyzer.stems(r.guidance() == null ? "" : r.guidance()))).toList();
        this.inGuidance = new boolean[cues.highestStemId() + 1];
        guidance.forEach(stems -> { for (int id : stems) inGuidance[id] = true; });
    }

    public List<RequirementScore> score(List<Page> pages) {
        List<Passage> passages = isAdultOnly(cues.found(stems(PassageSplitter.title(pages))))
                ? List.of() : PassageSplitter.split(pages); // an adults' board report evidences nothing
        Set<Integer> notEvidenceSentences = new HashSet<>();
        List<PassageView> views = new ArrayList<>();
        Map<Integer, int[]> sentenceStems = new java.util.HashMap<>();
        Map<Integer, Integer> sentenceFigures = new java.util.HashMap<>();
        Map<String, long[]> headingCues = new java.util.HashMap<>();
        for (Passage p : passages) {
            boolean single = p.firstSentence() == p.lastSentence();
            int[] tokens = single ? stems(p.text())
                    : concat(sentenceStems.get(p.firstSentence()), sentenceStems.get(p.lastSentence()));
            int figures = single ? Figures.count(p.text())
                    : sentenceFigures.get(p.firstSentence()) + sentenceFigures.get(p.lastSentence());
            if (single) {
                sentenceStems.put(p.firstSentence(), tokens);
                sentenceFigures.put(p.firstSentence(), figures);
            }
            PassageView v = view(p, tokens, figures, headingCues.computeIfAbsent(p.heading(), h -> cues.found(stems(h))),
                    cues.found(paragraphSoFar(p, sentenceStems)));
            if (v.notEvidence && p.firstSentence() == p.lastSentence()) {
                notEvidenceSentences.add(p.firstSentence());
            }
            views.add(v);
        }
        views = views.stream().map(v -> v.notEvidence || !touches(v.passage, notEvidenceSentences) ? v
                : new PassageView(v.passage, v.found, v.headingFound, v.paragraphFound, v.figures, true, v.promise)).toList();
        Map<String, Judgement> judgements = new LinkedHashMap<>();
        Boolean[] dated = new Boolean[views.size()]; // whether each passage names a month and year, once asked
        for (RequirementCues req : requirements) {
            judgements.put(req.id, judge(req, views, dated));
        }
        for (RequirementCues req : requirements) {
            if (req.onlyUnclaimed) {
                Set<Integer> claimed = new HashSet<>();
                judgements.forEach((id, j) -> { if (!id.equals(req.id)) claimed.addAll(j.fullySentences()); });
                judgements.get(req.id).demoteClaimed(claimed);
            }
        }
        demoteSharedFacts(judgements);
        List<RequirementScore> out = new ArrayList<>();
        judgements.forEach((id, j) -> out.add(j.toScore(id)));
        return out;
    }

    private int[] stems(String text) {
        return cues.ids(StemmingAnalyzer.stems(text));
    }

    /** The stems of the passage's paragraph before it: context, like the section heading. */
    private static int[] paragraphSoFar(Passage p, Map<Integer, int[]> sentenceStems) {
        int[] out = new int[0];
        for (int i = p.leadSentence(); i < p.firstSentence(); i++) {
            out = concat(out, sentenceStems.get(i));
        }
        return out;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private boolean isAdultOnly(long[] found) {
        return adult.anyIn(found) && !child.anyIn(found);
    }

    private PassageView view(Passage p, int[] tokens, int figures, long[] heading, long[] paragraph) {
        long[] found = cues.found(tokens);
        boolean adultOnly = !child.anyIn(found) && (adult.anyIn(found) || isAdultOnly(heading));
        boolean notEvidence = adultOnly || deferral.anyIn(found) || futureReporting.anyIn(found)
                || restatement.anyIn(found) || restatesGuidance(tokens, figures);
        return new PassageView(p, found, heading, paragraph, figures, notEvidence, promise.anyIn(found));
    }

    /**
     * Whether the text names a month and year. The pattern runs only from just before the first
     * year's digits (a month name and a space are at most ten characters).
     */
    private static boolean isDated(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if ((a == '1' && b == '9' || a == '2' && b == '0') && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))) {
                return DATED.matcher(text).useTransparentBounds(true).region(Math.max(0, i - 10), text.length()).find();
            }
        }
        return false;
    }

    private static boolean isDated(List<PassageView> views, Boolean[] dated, int i) {
        if (dated[i] == null) {
            dated[i] = isDated(views.get(i).passage.text());
        }
        return dated[i];
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean touches(Passage p, Set<Integer> sentences) {
        for (int i = p.firstSentence(); i <= p.lastSentence(); i++) {
            if (sentences.contains(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean restatesGuidance(int[] tokens, int figures) {
        if (tokens.length < MIN_WORDS_FOR_RESTATEMENT || figures > 0) {
            return false;
        }
        int fromGuidance = 0;
        for (int id : tokens) {
            fromGuidance += inGuidance[id] ? 1 : 0;
        }
        return fromGuidance >= guidanceOverlap * tokens.length;
    }

    private Judgement judge(RequirementCues req, List<PassageView> views, Boolean[] dated) {
        Judgement j = new Judgement();
        for (int i = 0; i < views.size(); i++) {
            PassageView v = views.get(i);
            if (req.exclude.anyIn(v.found)) {
                continue;
            }
            int topic = req.topic.countDistinct(v.found);
            boolean ownSection = req.section.anyIn(v.headingFound) && !req.exclude.anyIn(v.headingFound);
            if (topic == 0 && (ownSection || req.topic.anyIn(v.paragraphFound) && !req.exclude.anyIn(v.paragraphFound))) {
                topic = 1; // the section, or the paragraph so far, is about this requirement
            }
            if (topic == 0) {
                continue;
            }
            if (v.notEvidence) {
                j.disqualified++;
                continue;
            }
            int specifics = req.specific.countDistinct(v.found)
                    + (req.countsFigures && v.figures > 0 ? 1 : 0)
                    + (req.countsDates && isDated(views, dated, i) ? 1 : 0);
            boolean fully = specifics >= req.fullyThreshold && !v.promise && !req.atMostPartly.anyIn(v.found)
                    && !req.atMostPartly.anyIn(v.paragraphFound);
            j.add(new Candidate(v.passage, fully ? Rating.FULLY : Rating.PARTLY, topic, specifics, ownSection));
        }
        j.fullyThreshold = req.fullyThreshold;
        j.fullyPassagesNeeded = req.fullyPassagesNeeded;
        return j;
    }

    /**
     * Rule 8: a requirement whose FULLY evidence is all also another requirement's FULLY evidence
     * keeps only PARTLY (of two resting on exactly the same sentences, the weaker one drops).
     */
    private static void demoteSharedFacts(Map<String, Judgement> judgements) {
        List<Judgement> fully = judgements.values().stream().filter(j -> j.rating() == Rating.FULLY).toList();
        for (Judgement a : fully) {
            for (Judgement b : fully) {
                if (a == b || a.demoted || b.demoted) {
                    continue;
                }
                Set<Integer> sa = a.fullySentences();
                Set<Integer> sb = b.fullySentences();
                if (sa.equals(sb)) {
                    (a.bestStrength() < b.bestStrength() ? a : b).demoted = true;
                } else if (sb.containsAll(sa)) {
                    a.demoted = true;
                }
            }
        }
    }

    /** A passage with the cue phrases found in it, in its section heading and in its paragraph before it. */
    private record PassageView(Passage passage, long[] found, long[] headingFound, long[] paragraphFound,
            int figures, boolean notEvidence, boolean promise) {
    }

    private record Candidate(Passage passage, Rating level, int topic, int specifics, boolean ownSection) {
        int strength() {
            return topic + 2 * specifics;
        }
    }

    /** A requirement's cues compiled once per scorer. */
    private static final class RequirementCues {
        final String id;
        final CuePhrases topic;
        final CuePhrases section;
        final CuePhrases specific;
        final CuePhrases atMostPartly;
        final CuePhrases exclude;
        final int fullyThreshold;
        final boolean countsFigures;
        final boolean countsDates;
        final int fullyPassagesNeeded;
        final boolean onlyUnclaimed;

        RequirementCues(Requirement r, CueIndex index) {
            id = r.id();
            topic = new CuePhrases(r.cues().topic(), index);
            section = new CuePhrases(Stream.concat(r.cues().topic().stream(), r.cues().section().stream()).toList(), index);
            specific = new CuePhrases(r.cues().specific(), index);
            atMostPartly = new CuePhrases(r.cues().atMostPartly(), index);
            exclude = new CuePhrases(r.cues().exclude(), index);
            fullyThreshold = r.fullyThreshold();
            countsFigures = r.countsFigures();
            countsDates = r.countsDates();
            fullyPassagesNeeded = r.fullyPassagesNeeded();
            onlyUnclaimed = r.countsOnlyUnclaimedEvidence();
        }
    }

    /** The candidates found for one requirement and the rating they support. */
    private static final class Judgement {
        final List<Candidate> candidates = new ArrayList<>();
        int disqualified;
        int fullyThreshold;
        int fullyPassagesNeeded;
        boolean demoted;

        void add(Candidate c) {
            candidates.add(c);
        }

        /** FULLY passages that are another requirement's FULLY evidence count only as PARTLY here. */
        void demoteClaimed(Set<Integer> claimed) {
            candidates.replaceAll(c -> c.level == Rating.FULLY && !c.ownSection && touches(c.passage, claimed)
                    ? new Candidate(c.passage, Rating.PARTLY, c.topic, c.specifics, false) : c);
        }

        Rating rating() {
            if (candidates.isEmpty()) {
                return Rating.NOT;
            }
            return !demoted && separateFullyPassages() >= fullyPassagesNeeded ? Rating.FULLY : Rating.PARTLY;
        }

        /** FULLY passages that share no sentence, counted in document order. */
        int separateFullyPassages() {
            List<Passage> fully = candidates.stream().filter(c -> c.level == Rating.FULLY).map(Candidate::passage)
                    .sorted(Comparator.comparingInt(Passage::lastSentence)).toList();
            int count = 0;
            int end = -1;
            for (Passage p : fully) {
                if (p.firstSentence() > end) {
                    count++;
                    end = p.lastSentence();
                }
            }
            return count;
        }

        Set<Integer> fullySentences() {
            Set<Integer> s = new HashSet<>();
            candidates.stream().filter(c -> c.level == Rating.FULLY)
                    .forEach(c -> { for (int i = c.passage.firstSentence(); i <= c.passage.lastSentence(); i++) s.add(i); });
            return s;
        }

        int bestStrength() {
            return candidates.stream().mapToInt(Candidate::strength).max().orElse(0);
        }

        RequirementScore toScore(String id) {
            Rating rating = rating();
            List<Candidate> ranked = new ArrayList<>(candidates);
            ranked.sort(Comparator.comparing((Candidate c) -> c.level).thenComparing(Comparator.comparingInt(Candidate::strength).reversed())
                    .thenComparingInt(c -> c.passage.firstSentence()));
            List<Evidence> evidence = new ArrayList<>();
            List<Passage> chosen = new ArrayList<>();
            for (Candidate c : ranked) {
                if (evidence.size() == MAX_EVIDENCE) {
                    break;
                }
                if (chosen.stream().noneMatch(c.passage::overlaps)) {
                    chosen.add(c.passage);
                    evidence.add(new Evidence(evidence.size() + 1, c.passage.page(), Quotes.tidy(c.passage.text())));
                }
            }
            int bestSpecifics = candidates.stream().mapToInt(Candidate::specifics).max().orElse(0);
            int fullyCount = separateFullyPassages();
            double score;
            boolean review;
            switch (rating) {
                case FULLY -> {
                    score = 0.67 + 0.33 * Math.min(1.0, (bestSpecifics - fullyThreshold + fullyCount - 1) / 4.0);
                    review = demoted || (fullyCount <= fullyPassagesNeeded && bestSpecifics == fullyThreshold);
                }
                case PARTLY -> {
                    score = demoted ? 0.66 : 0.34 + 0.32 * Math.min(1.0, (bestSpecifics + candidates.size() - 1) / 6.0);
                    review = demoted || bestSpecifics == fullyThreshold - 1 || candidates.size() <= 1
                            || fullyCount > 0;
                }
                default -> {
                    score = disqualified > 0 ? 0.15 : 0.0;
                    review = false;
                }
            }
            return new RequirementScore(id, rating, Math.round(score * 100) / 100.0, review, List.copyOf(evidence));
        }
    }
}
