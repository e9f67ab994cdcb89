package uk.safeguarding.scorecard.notification;

import java.time.LocalDate;

/**
 * One child of one notification, validated and typed; what the store keeps. Category values are
 * the canonical codes of {@code notification-columns.yml}; null means not given or not known.
 */
record NotificationRecord(String notificationId, String childRef, String partnershipCode, LocalDate incidentDate,
        LocalDate laAwareDate, LocalDate notifiedDate, String incidentType, String harmCategory, Integer childAgeYears,
        String gender, String ethnicity, LocalDate rapidReviewSubmittedDate, String lcsprDecision,
        LocalDate lcsprDecisionDate, LocalDate lcsprSentToPanelDate, LocalDate lcsprPublishedDate,
        Boolean domesticAbuse, Boolean parentalMentalHealth, Boolean parentalAlcoholMisuse, Boolean parentalDrugMisuse,
        Boolean neglect, Boolean knownToChildrensSocialCare) {
}
