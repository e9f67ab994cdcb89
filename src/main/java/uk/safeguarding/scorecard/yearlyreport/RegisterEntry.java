package uk.safeguarding.scorecard.yearlyreport;

import java.time.LocalDate;

/** One expected report in the submissions register. */
public record RegisterEntry(int line, String partnershipCode, String partnershipName, String reportingPeriod,
        String file, LocalDate publishedOn, LocalDate sentToPanelOn, LocalDate sentToWhatWorksOn,
        LocalDate previousPublishedOn) {
}
