package uk.safeguarding.scorecard.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.safeguarding.scorecard.evidence.Rating;

/**
 * Composes a report from the passage bank to match a profile: for each requirement a heading
 * and a paragraph at the profile's level (a NOT requirement is either left out or given an empty
 * stub), neutral fillers between sections, spread over the requested number of pages.
 */
final class ReportComposer {
    static final List<String> REQUIREMENTS = List.of("WT18-YR-01", "WT18-YR-02", "WT18-YR-03", "WT18-YR-04",
            "WT18-YR-05", "WT18-YR-06", "WT18-YR-07");

    private final PassageBank bank;

    ReportComposer(PassageBank bank) {
        this.bank = bank;
    }

    SampleReport compose(ReportProfile profile, int pages, Random random) {
        List<List<SampleReport.Block>> sections = new ArrayList<>();
        List<SampleReport.Block> opening = new ArrayList<>();
        opening.add(heading("About this report"));
        opening.add(para(fill(pick(bank.introductions(), random), profile)));
        if (profile.pastesGuidance()) {
            opening.add(para(fill(bank.guidancePaste(), profile)));
        }
        sections.add(opening);
        for (int i = 0; i < REQUIREMENTS.size(); i++) {
            String id = REQUIREMENTS.get(i);
            Rating level = profile.levels().get(i);
            List<SampleReport.Block> section = new ArrayList<>();
            if (level == Rating.NOT && random.nextBoolean()) {
                continue; // the report simply says nothing about it
            }
            section.add(heading(pick(bank.headings().get(id), random)));
            section.add(para(fill(pick(bank.requirements().get(id).get(level.name()), random), profile)));
            sections.add(section);
        }
        int fillerCount = Math.max(2, pages * 2 - sections.size());
        for (int f = 0; f < fillerCount; f++) {
            List<SampleReport.Block> target = sections.get(1 + random.nextInt(sections.size() - 1));
            target.add(target.size(), para(fill(bank.fillers().get((f + random.nextInt(3)) % bank.fillers().size()), profile)));
        }
        return new SampleReport(profile.partnership() + " yearly report " + profile.period(), paginate(sections, pages));
    }

    private static List<List<SampleReport.Block>> paginate(List<List<SampleReport.Block>> sections, int pages) {
        List<List<SampleReport.Block>> out = new ArrayList<>();
        int perPage = (int) Math.ceil((double) sections.size() / Math.max(1, pages));
        for (int s = 0; s < sections.size(); s++) {
            if (s % perPage == 0) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).addAll(sections.get(s));
        }
        return out;
    }

    private static String fill(String text, ReportProfile p) {
        return text.replace("{partnership}", p.partnership()).replace("{area}", p.area()).replace("{period}", p.period());
    }

    private static String pick(List<String> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }

    private static SampleReport.Block heading(String text) {
        return new SampleReport.Block(true, text);
    }

    private static SampleReport.Block para(String text) {
        return new SampleReport.Block(false, text);
    }
}
