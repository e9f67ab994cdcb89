package uk.safeguarding.scorecard.notification;

import java.time.LocalDate;
import java.util.List;
import uk.safeguarding.scorecard.calendar.DeadlineStatus;
import uk.safeguarding.scorecard.calendar.WorkingDayCalendar;

/**
 * The three statutory clocks of one notification (DESIGN.md section 7): notified within 5 working
 * days of the local authority becoming aware; rapid review within 15 working days of notification;
 * LCSPR published within 6 calendar months of the decision to hold one. Statuses are judged on an
 * as-of date.
 *
 * @param notificationId the notification
 * @param partnershipCode its partnership
 * @param children rows (children) of the notification
 * @param first the first row, whose dates stand for the notification
 */
record NotificationDeadlines(String notificationId, String partnershipCode, int children, NotificationRecord first,
        LocalDate notificationDue, DeadlineStatus notificationStatus, Integer workingDaysToNotify,
        LocalDate rapidReviewDue, DeadlineStatus rapidReviewStatus, Integer workingDaysToRapidReview,
        LocalDate lcsprDue, DeadlineStatus lcsprStatus) {

    static final int NOTIFY_WORKING_DAYS = 5;
    static final int RAPID_REVIEW_WORKING_DAYS = 15;
    static final int LCSPR_MONTHS = 6;

    static NotificationDeadlines of(List<NotificationRecord> rows, WorkingDayCalendar calendar, LocalDate asOf) {
        NotificationRecord r = rows.get(0);
        LocalDate notifyDue = r.laAwareDate() == null ? null : calendar.addWorkingDays(r.laAwareDate(), NOTIFY_WORKING_DAYS);
        Integer toNotify = r.laAwareDate() == null || r.notifiedDate() == null ? null
                : calendar.workingDaysBetween(r.laAwareDate(), r.notifiedDate());
        LocalDate reviewDue = r.notifiedDate() == null ? null
                : calendar.addWorkingDays(r.notifiedDate(), RAPID_REVIEW_WORKING_DAYS);
        Integer toReview = r.notifiedDate() == null || r.rapidReviewSubmittedDate() == null ? null
                : calendar.workingDaysBetween(r.notifiedDate(), r.rapidReviewSubmittedDate());
        LocalDate lcsprDue = null;
        DeadlineStatus lcspr;
        if ("NO".equals(r.lcsprDecision())) {
            lcspr = DeadlineStatus.NOT_APPLICABLE;
        } else if ("YES".equals(r.lcsprDecision()) && r.lcsprDecisionDate() != null) {
            lcsprDue = r.lcsprDecisionDate().plusMonths(LCSPR_MONTHS);
            lcspr = DeadlineStatus.judge(lcsprDue, r.lcsprPublishedDate(), asOf);
        } else {
            lcspr = DeadlineStatus.UNKNOWN;
        }
        return new NotificationDeadlines(r.notificationId(), r.partnershipCode(), rows.size(), r, notifyDue,
                DeadlineStatus.judge(notifyDue, r.notifiedDate(), asOf), toNotify, reviewDue,
                DeadlineStatus.judge(reviewDue, r.rapidReviewSubmittedDate(), asOf), toReview, lcsprDue, lcspr);
    }

    /** The reporting year (April to March) of the notification, e.g. "2024-25"; "" when not notified. */
    String year() {
        LocalDate d = first.notifiedDate() != null ? first.notifiedDate() : first.laAwareDate();
        if (d == null) {
            return "";
        }
        return reportingYear(d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1);
    }

    /** The reporting year that starts in April of {@code start}, e.g. "2024-25". */
    static String reportingYear(int start) {
        int end = (start + 1) % 100;
        return start + (end < 10 ? "-0" : "-") + end;
    }

    int overdueNow() {
        return (notificationStatus == DeadlineStatus.OVERDUE ? 1 : 0) + (rapidReviewStatus == DeadlineStatus.OVERDUE ? 1 : 0)
                + (lcsprStatus == DeadlineStatus.OVERDUE ? 1 : 0);
    }

    static final List<String> HEADER = List.of("notification_id", "partnership_code", "la_aware_date", "notified_date",
            "notification_due", "notification_status", "rapid_review_due", "rapid_review_submitted_date",
            "rapid_review_status", "lcspr_due", "lcspr_published_date", "lcspr_status");

    List<String> csvRow() {
        return List.of(notificationId, text(partnershipCode), text(first.laAwareDate()), text(first.notifiedDate()),
                text(notificationDue), notificationStatus.name(), text(rapidReviewDue), text(first.rapidReviewSubmittedDate()),
                rapidReviewStatus.name(), text(lcsprDue), text(first.lcsprPublishedDate()), lcsprStatus.name());
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
