package io.orgaudit.pattern;

/** Matches text against a value in which {@code *} stands for any run of characters, including none. */
final class Wildcard {

    private Wildcard() {
    }

    /** Greedy matching that backtracks only to the last star: no regex to escape, no recursion. */
    static boolean matches(String glob, String text) {
        int g = 0;
        int t = 0;
        int lastStar = -1;
        int textAtStar = 0;
        while (t < text.length()) {
            if (g < glob.length() && glob.charAt(g) == '*') {
                lastStar = g++;
                textAtStar = t;
            } else if (g < glob.length() && glob.charAt(g) == text.charAt(t)) {
                g++;
                t++;
            } else if (lastStar >= 0) {
                g = lastStar + 1;
                t = ++textAtStar;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }
}
