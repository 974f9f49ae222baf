package io.orgaudit.pattern;

import static io.orgaudit.pattern.ReferencePatterns.ACCESS_DENIED;
import static io.orgaudit.pattern.ReferencePatterns.NOT_DELIVERY;
import static io.orgaudit.pattern.ReferencePatterns.NOT_HEAD_BUCKET;
import static io.orgaudit.pattern.ReferencePatterns.REFERENCE;
import static io.orgaudit.pattern.ReferencePatterns.UNAUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The sentences a security engineer reads in the Findings sheet, for the cases that used to mislead. */
class ReasonWordingTest {

    private static final String BODY = REFERENCE.substring(1, REFERENCE.length() - 1);

    private static String reference(String replace, String by) {
        String pattern = "{ (" + UNAUTHORIZED + " || " + ACCESS_DENIED + ") && " + NOT_DELIVERY + " && "
                + NOT_HEAD_BUCKET + " }";
        return pattern.replace(replace, by);
    }

    static Stream<Arguments> reasons() {
        return Stream.of(
                Arguments.of("an extra || alternative widens the filter, and says so rather than 'matches every event'",
                        "{ (" + BODY + ") || $.eventName = \"ConsoleLogin\" }",
                        "it has the extra alternative $.eventName = \"ConsoleLogin\", so it also matches events "
                                + "through that clause alone (more alarms)"),
                Arguments.of("an extra && condition narrows it: events are missed",
                        "{ (" + BODY + ") && $.userIdentity.type = \"Root\" }",
                        "it has the extra condition $.userIdentity.type = \"Root\", so it misses events in which "
                                + "that clause does not hold (events missed)"),
                Arguments.of("an extra group of alternatives joined by && is one condition, not two",
                        "{ (" + BODY + ") && ($.userIdentity.type = \"Root\" || $.userIdentity.type = \"IAMUser\") }",
                        "it has the extra condition ($.userIdentity.type = \"Root\" || $.userIdentity.type = "
                                + "\"IAMUser\"), so it misses events in which none of those clauses holds (events "
                                + "missed)"),
                Arguments.of("a missing alternative: events are missed",
                        reference(UNAUTHORIZED + " || ", ""),
                        "it lacks the alternative " + UNAUTHORIZED + ", so it misses events that the required "
                                + "pattern matches through that clause (events missed)"),
                Arguments.of("an alternative implied by another: the same events, one clause apart",
                        reference(ACCESS_DENIED, ACCESS_DENIED + " || $.errorCode = \"AccessDenied\""),
                        "it has the extra alternative $.errorCode = \"AccessDenied\", which matches only events that "
                                + ACCESS_DENIED + " already matches: the filter catches the same events and differs "
                                + "from the required pattern only by that clause"),
                Arguments.of("the witness names the candidate's own clause, paired with the most alike required one",
                        "{ $.errorCode = \"AccessDenied\" || $.eventName != \"HeadBucket\" }",
                        "the value differs: it has $.errorCode = \"AccessDenied\" where the required pattern has "
                                + ACCESS_DENIED + "; it lacks the clauses " + UNAUTHORIZED + " and " + NOT_DELIVERY
                                + "; it groups && and || differently, so $.errorCode = \"AccessDenied\" alone is "
                                + "enough to match, without " + NOT_HEAD_BUCKET),
                Arguments.of("a zero-width space is named, not printed invisibly",
                        reference("HeadBucket", "Head\u200bBucket"),
                        "the value differs: it has $.eventName != \"Head<U+200B ZERO WIDTH SPACE>Bucket\" where the "
                                + "required pattern has " + NOT_HEAD_BUCKET + " (its value has characters that look "
                                + "like others or like nothing, named here in <>: the two only look alike)"),
                Arguments.of("a no-break space is named",
                        reference("HeadBucket", "Head\u00a0Bucket"),
                        "the value differs: it has $.eventName != \"Head<U+00A0 NO-BREAK SPACE>Bucket\" where the "
                                + "required pattern has " + NOT_HEAD_BUCKET + " (its value has characters that look "
                                + "like others or like nothing, named here in <>: the two only look alike)"),
                Arguments.of("a Cyrillic letter is named",
                        reference("AccessDenied*", "AccessD\u0435nied*"),
                        "the value differs: it has $.errorCode = \"AccessD<U+0435 CYRILLIC SMALL LETTER IE>nied*\" "
                                + "where the required pattern has " + ACCESS_DENIED + " (its value has characters "
                                + "that look like others or like nothing, named here in <>: the two only look alike)"),
                Arguments.of("a backslash is shown once, as in the value",
                        reference("delivery.logs.amazonaws.com", "delivery\\\\logs"),
                        "the value differs: it has $.sourceIPAddress != \"delivery\\logs\" where the required "
                                + "pattern has " + NOT_DELIVERY));
    }

    @org.junit.jupiter.api.Test
    void aClauseSwappedForAnotherIsAConditionLostAndAConditionGainedNotTwoAlternatives() {
        // Setting both clauses false would make both patterns match nothing: "equal", but it says nothing.
        PatternComparison comparison = FilterPatterns.compare(
                "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") }",
                "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }");

        assertThat(comparison.difference()).isEqualTo("it lacks the condition $.additionalEventData.MFAUsed != \"Yes\", "
                + "so it also matches events in which that clause does not hold (more alarms); it has the extra "
                + "condition $.errorMessage = \"Failed authentication\", so it misses events in which that clause does "
                + "not hold (events missed)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void reasons(String why, String candidate, String reason) {
        PatternComparison comparison = FilterPatterns.compare(REFERENCE, candidate);

        assertThat(comparison.equivalent()).isFalse();
        assertThat(comparison.difference()).isEqualTo(reason);
    }
}
