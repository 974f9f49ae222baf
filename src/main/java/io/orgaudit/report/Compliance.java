package io.orgaudit.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** The counts the Summary shows: accounts by verdict, and per framework how many accounts pass. */
final class Compliance {

    private Compliance() {
    }

    /**
     * Accounts by verdict, for one framework or one rule. Percentage is of the accounts evaluated (PASS or FAIL);
     * ERROR is left out.
     */
    record Tally(int passed, int excepted, int failed, int error) {

        int evaluated() {
            return passed + excepted + failed;
        }

        /**
         * Excepted accounts count as compliant: the risk is accepted, by whom and until when the Exceptions sheet
         * says. Null when no account could be evaluated, so a chart shows no bar rather than a misleading 0 %.
         */
        Double compliance() {
            return evaluated() == 0 ? null : (double) (passed + excepted) / evaluated();
        }

        /** Counts the standings given; null stands for an account with nothing evaluated here and is not counted. */
        static Tally of(Stream<Standing> standings) {
            Map<Standing, Integer> counts = new EnumMap<>(Standing.class);
            standings.filter(Objects::nonNull).forEach(v -> counts.merge(v, 1, Integer::sum));
            return new Tally(counts.getOrDefault(Standing.PASS, 0), counts.getOrDefault(Standing.EXCEPTED, 0),
                    counts.getOrDefault(Standing.FAIL, 0), counts.getOrDefault(Standing.ERROR, 0));
        }
    }

    /** One framework over all accounts: an account passes it when every rule of the framework passes. */
    static Tally ofFramework(FrameworkColumn framework, List<AccountRow> accounts) {
        return Tally.of(accounts.stream().map(account -> FrameworkScore.of(account, framework).verdict()));
    }

    static Tally ofRule(String ruleId, List<AccountRow> accounts) {
        return Tally.of(accounts.stream().map(account -> account.standing(ruleId)));
    }

    /** Accounts by their overall standing (see {@link AccountRow#overallStanding()}). */
    record AccountCounts(Tally evaluated, int notEvaluated) {

        int total() {
            return evaluated.evaluated() + evaluated.error() + notEvaluated;
        }
    }

    static AccountCounts accountsByVerdict(List<AccountRow> accounts) {
        int notEvaluated = (int) accounts.stream().filter(account -> account.overallStanding() == null).count();
        return new AccountCounts(Tally.of(accounts.stream().map(AccountRow::overallStanding)), notEvaluated);
    }
}
