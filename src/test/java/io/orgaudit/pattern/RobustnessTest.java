package io.orgaudit.pattern;

import static io.orgaudit.pattern.ReferencePatterns.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever text arrives from AWS, comparing never throws and parsing fails only with a syntax error. */
class RobustnessTest {

    private static final String[] SEEDS = {
        REFERENCE,
        "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") && "
                + "($.sourceIPAddress != \"delivery.logs.amazonaws.com\") && ($.eventName != \"HeadBucket\") }",
        "{ $.a[0].b >= -1.5e3 && ($.c IS NULL || $.d NOT EXISTS || $.e IS TRUE) && $.f != %^x.*y$% && $.g = z* }",
    };

    /** Characters a mutation inserts: the pattern syntax plus some that never belong. */
    private static final String NOISE = "{}()&|=!<>\"%$.[]*\\ \n1eE-ISNULTRFAXO@é\u0000";

    @Test
    void comparingMutatedPatternsNeverThrows() {
        Random random = new Random(20261128);
        for (int i = 0; i < 2_000; i++) {
            String text = mutate(SEEDS[random.nextInt(SEEDS.length)], random);

            assertThatCode(() -> {
                PatternComparison comparison = FilterPatterns.compare(REFERENCE, text);
                assertThat(String.valueOf(comparison.difference())).doesNotStartWith("it could not be compared");
                FilterPatterns.compare(text, REFERENCE);
            }).as(text).doesNotThrowAnyException();
        }
    }

    @Test
    void parsingMutatedPatternsFailsOnlyWithASyntaxErrorInsideTheText() {
        Random random = new Random(1024);
        int parsed = 0;
        for (int i = 0; i < 2_000; i++) {
            String text = mutate(SEEDS[random.nextInt(SEEDS.length)], random);
            try {
                FilterPattern pattern = FilterPatterns.parse(text);
                assertThat(FilterPatterns.compare(text, pattern.canonical()).equivalent()).as(text).isTrue();
                pattern.matches("{\"a\": [{\"b\": 1}], \"c\": null, \"errorCode\": \"AccessDenied\"}");
                parsed++;
            } catch (PatternSyntaxError expected) {
                assertThat(expected.position()).as(text).isBetween(1, text.length() + 1);
            }
        }
        assertThat(parsed).as("some mutations stay valid").isGreaterThan(200);
    }

    /** Deletes, inserts or duplicates a few characters. */
    private static String mutate(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        int edits = random.nextInt(4);
        for (int e = 0; e < edits && text.length() > 0; e++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                default -> text.insert(at, text.charAt(at));
            }
        }
        return text.toString();
    }
}
