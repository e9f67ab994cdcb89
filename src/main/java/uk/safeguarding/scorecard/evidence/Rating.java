package uk.safeguarding.scorecard.evidence;

/** How well a document evidences a requirement. */
public enum Rating {
    FULLY, PARTLY, NOT;

    /** FULLY when every rating is FULLY, NOT when every one is NOT, else PARTLY. */
    public static Rating overall(Iterable<Rating> ratings) {
        boolean allFully = true;
        boolean allNot = true;
        for (Rating r : ratings) {
            allFully &= r == FULLY;
            allNot &= r == NOT;
        }
        return allFully ? FULLY : allNot ? NOT : PARTLY;
    }
}
