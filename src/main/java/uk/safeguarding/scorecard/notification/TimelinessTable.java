package uk.safeguarding.scorecard.notification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import uk.safeguarding.scorecard.calendar.DeadlineStatus;
import uk.safeguarding.scorecard.partnership.PartnershipDirectory;

/**
 * Timeliness per partnership and reporting year: counts, percent on time for each clock, median
 * working days taken, and items overdue now. Percent on time counts only decided items (on time
 * or late, plus overdue ones, which are late already).
 */
final class TimelinessTable {
    static final List<String> HEADER = List.of("partnership_code", "partnership_name", "year", "notifications", "children",
            "notified_on_time", "notified_late", "notified_pct_on_time", "median_working_days_to_notify",
            "rapid_reviews_on_time", "rapid_reviews_late", "rapid_reviews_overdue", "rapid_reviews_pct_on_time",
            "median_working_days_to_rapid_review", "lcsprs_due", "lcsprs_on_time", "lcsprs_late", "lcsprs_overdue",
            "lcsprs_pct_on_time", "overdue_now");

    private final Map<String, Cell> cells = new TreeMap<>();

    /** Counters of one partnership and year. */
    private static final class Cell {
        final String partnership;
        final String year;
        int notifications;
        int children;
        final int[] notified = new int[DeadlineStatus.values().length];
        final int[] review = new int[DeadlineStatus.values().length];
        final int[] lcspr = new int[DeadlineStatus.values().length];
        final List<Integer> daysToNotify = new ArrayList<>();
        final List<Integer> daysToReview = new ArrayList<>();
        int overdueNow;

        Cell(String partnership, String year) {
            this.partnership = partnership;
            this.year = year;
        }
    }

    void add(NotificationDeadlines d) {
        String partnership = d.partnershipCode() == null ? "" : d.partnershipCode();
        Cell c = cells.computeIfAbsent(partnership + "\u0000" + d.year(), k -> new Cell(partnership, d.year()));
        c.notifications++;
        c.children += d.children();
        c.notified[d.notificationStatus().ordinal()]++;
        c.review[d.rapidReviewStatus().ordinal()]++;
        c.lcspr[d.lcsprStatus().ordinal()]++;
        if (d.workingDaysToNotify() != null) {
            c.daysToNotify.add(d.workingDaysToNotify());
        }
        if (d.workingDaysToRapidReview() != null) {
            c.daysToReview.add(d.workingDaysToRapidReview());
        }
        c.overdueNow += d.overdueNow();
    }

    List<List<String>> rows(PartnershipDirectory partnerships) {
        List<List<String>> out = new ArrayList<>();
        for (Cell c : cells.values()) {
            String name = partnerships.find(c.partnership).map(p -> p.name()).orElse("");
            out.add(List.of(c.partnership, name, c.year, str(c.notifications), str(c.children),
                    str(c.notified[on()]), str(c.notified[late()] + c.notified[overdue()]), pct(c.notified),
                    median(c.daysToNotify), str(c.review[on()]), str(c.review[late()]), str(c.review[overdue()]),
                    pct(c.review), median(c.daysToReview),
                    str(c.lcspr[on()] + c.lcspr[late()] + c.lcspr[overdue()] + c.lcspr[DeadlineStatus.NOT_YET_DUE.ordinal()]),
                    str(c.lcspr[on()]), str(c.lcspr[late()]), str(c.lcspr[overdue()]), pct(c.lcspr), str(c.overdueNow)));
        }
        return out;
    }

    private static int on() {
        return DeadlineStatus.ON_TIME.ordinal();
    }

    private static int late() {
        return DeadlineStatus.LATE.ordinal();
    }

    private static int overdue() {
        return DeadlineStatus.OVERDUE.ordinal();
    }

    private static String pct(int[] counts) {
        int decided = counts[on()] + counts[late()] + counts[overdue()];
        return decided == 0 ? "" : String.format(Locale.ROOT, "%.1f", 100.0 * counts[on()] / decided);
    }

    private static String median(List<Integer> values) {
        if (values.isEmpty()) {
            return "";
        }
        List<Integer> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return m == Math.rint(m) ? String.valueOf((long) m) : String.format(Locale.ROOT, "%.1f", m);
    }

    private static String str(int i) {
        return String.valueOf(i);
    }
}
