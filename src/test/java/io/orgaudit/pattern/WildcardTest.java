package io.orgaudit.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WildcardTest {

    @ParameterizedTest(name = "''{0}'' against ''{1}'' -> {2}")
    @CsvSource({
        "AccessDenied*, AccessDenied, true",
        "AccessDenied*, AccessDeniedException, true",
        "AccessDenied*, xAccessDenied, false",
        "*UnauthorizedOperation, Client.UnauthorizedOperation, true",
        "*UnauthorizedOperation, UnauthorizedOperation, true",
        "*UnauthorizedOperation, UnauthorizedOperations, false",
        "a*b*c, aXbYc, true",
        "a*b*c, abcbc, true",
        "a*b*c, acb, false",
        "*, '', true",
        "'', '', true",
        "'', x, false",
        "abc, abc, true",
        "abc, ABC, false",
        "*a*a*a*a*b, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, false",
    })
    void matchesStarAsAnyRunOfCharacters(String glob, String text, boolean matched) {
        assertThat(Wildcard.matches(glob, text)).isEqualTo(matched);
    }
}
