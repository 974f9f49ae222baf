package io.orgaudit.report;

import static io.orgaudit.rule.Verdict.Status.ERROR;
import static io.orgaudit.rule.Verdict.Status.FAIL;
import static io.orgaudit.rule.Verdict.Status.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.orgaudit.rule.Verdict.Status;

class FailingStreakTest {

    private static FailingStreak of(Status... statuses) {
        FailingStreak streak = new FailingStreak();
        for (int i = 0; i < statuses.length; i++) {
            streak.next(i + 1, statuses[i]);
        }
        return streak;
    }

    @Test
    void startsAtTheFirstFailAfterTheLastPass() {
        FailingStreak streak = of(FAIL, PASS, FAIL, FAIL);
        assertThat(streak.failing()).isTrue();
        assertThat(streak.firstFailedRun()).isEqualTo(3);
        assertThat(streak.runsFailing()).isEqualTo(2);
    }

    @Test
    void anErrorOrAnUnscannedRunInBetweenDoesNotBreakIt() {
        FailingStreak streak = of(PASS, FAIL, ERROR, null, FAIL);
        assertThat(streak.firstFailedRun()).isEqualTo(2);
        assertThat(streak.runsFailing()).isEqualTo(2);
    }

    @Test
    void anErrorDoesNotStartIt() {
        FailingStreak streak = of(PASS, ERROR, FAIL);
        assertThat(streak.firstFailedRun()).isEqualTo(3);
        assertThat(streak.runsFailing()).isEqualTo(1);
    }

    @Test
    void aPassEndsIt() {
        assertThat(of(FAIL, FAIL, PASS).failing()).isFalse();
        assertThat(of(ERROR).failing()).isFalse();
    }
}
