package io.orgaudit.report;

/**
 * The colour of a Matrix framework cell, by the share of the framework's rules the account passed: green when all
 * passed, amber when none failed but some could not be read, blue when the only failures are excepted, and three reds that darken as fewer rules pass, so a
 * column shows at a glance which accounts are nearly there and which have not started. Excel's own palettes.
 */
enum ShareBand {
    ALL_PASSED("C6EFCE", "006100"),
    UNREADABLE("FFEB9C", "9C5700"),
    /** Nothing failed that is not excepted: an accepted risk, not a pass. */
    EXCEPTED("DDEBF7", "1F4E78"),
    MOST_PASSED("FDE9D9", "9C0006"),
    SOME_PASSED("FFC7CE", "9C0006"),
    FEW_PASSED("F4A6A6", "610000");

    /** At least this share of passed rules is "most". */
    static final double MOST = 0.75;
    /** At least this share is "some"; below it, "few". */
    static final double SOME = 0.4;

    final String fill;
    final String font;

    ShareBand(String fill, String font) {
        this.fill = fill;
        this.font = font;
    }

    /** Null for a cell without a verdict (nothing of the framework was evaluated). */
    static ShareBand of(FrameworkScore score) {
        if (score.verdict() == null) {
            return null;
        }
        switch (score.verdict()) {
            case PASS:
                return ALL_PASSED;
            case ERROR:
                return UNREADABLE;
            case EXCEPTED:
                return EXCEPTED;
            default:
                break;
        }
        double share = (double) score.passed() / score.total();
        return share >= MOST ? MOST_PASSED : share >= SOME ? SOME_PASSED : FEW_PASSED;
    }
}
