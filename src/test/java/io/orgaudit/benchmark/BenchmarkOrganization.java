package io.orgaudit.benchmark;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.orgaudit.simulator.scenario.AccountBuilder;
import io.orgaudit.simulator.scenario.DemoScenarioTest;
import io.orgaudit.simulator.scenario.ExpectedVerdict.Outcome;
import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.simulator.scenario.ScenarioBuilder;
import io.orgaudit.simulator.scenario.SimAccount;

/**
 * A generated organization shaped like a large real one: most members are covered by the organization trail (whose
 * chain lives in the management account), the Legacy OU is not and has its own trails and chains, some of them
 * broken, about one account in a hundred has no audit role, and one in five hundred is suspended. Every chain carries
 * the whole CIS monitoring family (a filter per rule with its reference pattern, each counting into its own metric,
 * an alarm on each metric notifying the one topic), so an account's verdict is the same for every rule.
 */
final class BenchmarkOrganization {

    static final String MANAGEMENT = "111111111111";
    /** The regions every account enables by default, in the order they are taken; then opt-in ones. */
    static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1",
            "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1", "ap-south-1", "ap-northeast-1",
            "ap-northeast-2", "ap-northeast-3", "ap-southeast-1", "ap-southeast-2", "sa-east-1",
            "af-south-1", "ap-east-1", "ap-south-2", "ap-southeast-3", "ap-southeast-4", "ca-west-1", "eu-central-2",
            "eu-south-1", "eu-south-2", "il-central-1", "me-central-1", "me-south-1");
    static final String PATTERN = "{(($.errorCode=\"*UnauthorizedOperation\") || ($.errorCode=\"AccessDenied*\")) "
            + "&& (($.sourceIPAddress!=\"delivery.logs.amazonaws.com\") && ($.eventName!=\"HeadBucket\"))}";
    /** The rules of the family, by id, with their reference patterns (the seed's is {@link #PATTERN}). */
    static final Map<String, String> FAMILY = DemoScenarioTest.REFERENCES;
    private static final List<String> COVERED_OUS = List.of("Workloads/Prod", "Workloads/Dev", "Sandbox", "Security");
    private static final String LEGACY = "Legacy";

    private BenchmarkOrganization() {
    }

    /** The organizations the benchmark can generate ({@code -Dbench.shape=covered|first-night}). */
    enum Shape {
        /** Most members under a working organization trail: most accounts settle after two calls. */
        COVERED,
        /**
         * The first night at a new customer: no organization trail, every member with its own trail in a rotating
         * region, some single-region, each chain broken at one link or missing, so no account passes and every
         * region of every account must be asked.
         */
        FIRST_NIGHT;

        static Shape of(String text) {
            for (Shape shape : values()) {
                if (shape.label().equals(text.trim())) {
                    return shape;
                }
            }
            throw new IllegalArgumentException("bench.shape must be covered or first-night, not '" + text + "'");
        }

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The CIS v1.2 pattern, which no rule of the family accepts: the first night's likeliest filter. */
    static final String CIS_1_2 = "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }";

    static Scenario generate(int members, int regionCount) {
        return generate(Shape.COVERED, members, regionCount);
    }

    static Scenario generate(Shape shape, int members, int regionCount) {
        return shape == Shape.FIRST_NIGHT ? firstNight(members, regionCount) : covered(members, regionCount);
    }

    private static List<String> regions(int regionCount) {
        if (regionCount < 1 || regionCount > REGIONS.size()) {
            throw new IllegalArgumentException("bench.regions must be 1 to " + REGIONS.size());
        }
        return REGIONS.subList(0, regionCount);
    }

    private static Scenario firstNight(int members, int regionCount) {
        List<String> regions = regions(regionCount);
        ScenarioBuilder builder = Scenario.builder().organizationId("o-bench123456").managementAccount(MANAGEMENT)
                .defaultRegions(regions);
        builder.ou(LEGACY);
        builder.account(MANAGEMENT, account -> expectAll(account.name("management")
                .trail("management-trail", regions.get(0), trail -> trail.logGroup("cloudtrail/management")),
                Outcome.FAIL, "CIS 1.2 filter").logGroup("cloudtrail/management", regions.get(0), group ->
                group.metricFilter("UnauthorizedAPICalls", CIS_1_2, "UnauthorizedAPICalls", "CISBenchmark")));
        for (int i = 0; i < members; i++) {
            String id = String.valueOf(200_000_000_000L + i);
            int n = i;
            builder.account(id, account -> firstNightMember(account.ou(LEGACY), id, n,
                    regions.get(n % regions.size())));
        }
        return builder.build();
    }

    /** A member on the first night: its own trail in {@code home}, the chain broken at a link chosen by n. */
    private static void firstNightMember(AccountBuilder account, String id, int n, String home) {
        account.name("member-" + n);
        if (n % 500 == 499) {
            expectAll(account.status("SUSPENDED"), Outcome.SKIPPED, "suspended");
            return;
        }
        if (n % 100 == 98) {
            expectAll(account.auditRoleDeployed(false), Outcome.ERROR, "no audit role");
            return;
        }
        String group = "cloudtrail/main";
        switch (n % 7) {
            case 0 -> {
                expectAll(account.trail("main", home, t -> t.multiRegion(false).logGroup(group)), Outcome.FAIL,
                        "single-region trail, CIS 1.2 filter");
                account.logGroup(group, home, g -> g.metricFilter("UnauthorizedAPICalls", CIS_1_2,
                        "UnauthorizedAPICalls", "CISBenchmark"));
                account.alarm("unauthorized-api-calls", home, a -> a.metric("UnauthorizedAPICalls", "CISBenchmark")
                        .action("security-alerts"));
                account.topic("security-alerts", home, t -> t.subscription("email", "security@example.com", true));
            }
            case 1 -> {
                expectAll(account.trail("main", home, t -> t.logGroup(group)), Outcome.FAIL, "filters, no alarms");
                account.logGroup(group, home, g -> FAMILY.forEach((rule, pattern) -> g.metricFilter(filterName(rule),
                        pattern, metricName(rule), "CISBenchmark")));
            }
            case 2 -> {
                expectAll(account.trail("main", home, t -> t.logGroup(group)), Outcome.FAIL,
                        "pending subscription only");
                completeChain(account, group, home, false);
            }
            case 3 -> expectAll(account.trail("main", home, t -> t.multiRegion(false)), Outcome.FAIL,
                    "single-region trail to S3 only");
            case 4 -> expectAll(account, Outcome.FAIL, "no trail");
            case 5 -> expectAll(account.trail("main", home, t -> t.multiRegion(false).logGroup(group)), Outcome.FAIL,
                    "the trail's log group does not exist");
            default -> {
                expectAll(account.trail("main", home, t -> t.logGroup(group)), Outcome.FAIL,
                        "alarms notify no SNS topic");
                account.logGroup(group, home, g -> FAMILY.forEach((rule, pattern) -> g.metricFilter(filterName(rule),
                        pattern, metricName(rule), "CISBenchmark")));
                FAMILY.keySet().forEach(rule -> account.alarm(alarmName(rule), home, alarm -> alarm
                        .metric(metricName(rule), "CISBenchmark").action("arn:aws:lambda:" + home + ":" + id
                                + ":function:notify")));
            }
        }
    }

    private static Scenario covered(int members, int regionCount) {
        List<String> regions = regions(regionCount);
        ScenarioBuilder builder = Scenario.builder().organizationId("o-bench123456").managementAccount(MANAGEMENT)
                .defaultRegions(regions);
        COVERED_OUS.forEach(builder::ou);
        builder.ou(LEGACY);
        builder.account(MANAGEMENT, account -> {
            account.name("management").expect(Outcome.PASS, "owns the organization trail")
                    .expectOthers(Outcome.PASS, "owns the organization trail");
            account.trail("org-trail", "us-east-1", trail -> trail.organizationTrail(true).appliesToOus(COVERED_OUS)
                    .logGroup("aws-cloudtrail-logs-org"));
            completeChain(account, "aws-cloudtrail-logs-org", "us-east-1", true);
        });
        for (int i = 0; i < members; i++) {
            String id = String.valueOf(200_000_000_000L + i);
            int n = i;
            builder.account(id, account -> member(account, n));
        }
        return builder.build();
    }

    /** How many accounts the scan should find PASS, FAIL, ERROR and SKIPPED, from the scenario's expectations. */
    static Map<Outcome, Long> expectedOutcomes(Scenario scenario) {
        return expectedOutcomes(scenario, io.orgaudit.simulator.scenario.ExpectedVerdict.SEED_RULE);
    }

    /** The same for one rule of the family. */
    static Map<Outcome, Long> expectedOutcomes(Scenario scenario, String ruleId) {
        return scenario.accounts().stream().map(account -> account.expectedFor(ruleId))
                .map(expected -> expected.orElseThrow().verdict())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** The verdict for every rule of the family: each chain has all of it, or none. */
    private static AccountBuilder expectAll(AccountBuilder account, Outcome verdict, String why) {
        return account.expect(verdict, why).expectOthers(verdict, why);
    }

    private static void member(AccountBuilder account, int n) {
        account.name("member-" + n);
        if (n % 500 == 499) {
            account.ou(COVERED_OUS.get(n % COVERED_OUS.size())).status("SUSPENDED");
            expectAll(account, Outcome.SKIPPED, "suspended");
            return;
        }
        if (n % 100 == 98) {
            expectAll(account.ou(COVERED_OUS.get(n % COVERED_OUS.size())).auditRoleDeployed(false), Outcome.ERROR,
                    "no audit role");
            return;
        }
        if (n % 10 != 7) {
            expectAll(account.ou(COVERED_OUS.get(n % COVERED_OUS.size())), Outcome.PASS, "organization trail");
            if (n % 20 == 3) {
                // A team's own single-region trail to S3 next to the organization trail: seen, followed, not needed.
                account.trail("team-trail", "eu-west-1", trail -> trail.multiRegion(false));
            }
            return;
        }
        account.ou(LEGACY);
        switch ((n / 10) % 5) {
            case 0, 1 -> {
                expectAll(account.trail("main", "us-east-1", trail -> trail.logGroup("cloudtrail/main")), Outcome.PASS,
                        "own chain");
                completeChain(account, "cloudtrail/main", "us-east-1", true);
            }
            case 2 -> {
                expectAll(account.trail("main", "us-east-1", trail -> trail.logGroup("cloudtrail/main")), Outcome.FAIL,
                        "pending subscription only");
                completeChain(account, "cloudtrail/main", "us-east-1", false);
            }
            case 3 -> expectAll(account.trail("main", "us-east-1", trail -> { }), Outcome.FAIL, "trail to S3 only");
            default -> expectAll(account, Outcome.FAIL, "no trail");
        }
    }

    /**
     * The whole family on the log group: per rule a filter with its reference pattern counting into a metric of its own
     * and an alarm on it notifying security-alerts; and a looser root-usage filter without an alarm, not any rule's.
     */
    private static void completeChain(AccountBuilder account, String logGroup, String region, boolean confirmed) {
        account.logGroup(logGroup, region, group -> {
            FAMILY.forEach((rule, pattern) -> group.metricFilter(filterName(rule), pattern, metricName(rule),
                    "CISBenchmark"));
            group.metricFilter("RootUsage", "{$.userIdentity.type=\"Root\"}", "RootUsage", "CISBenchmark");
        });
        FAMILY.keySet().forEach(rule -> account.alarm(alarmName(rule), region, alarm -> alarm
                .metric(metricName(rule), "CISBenchmark").action("security-alerts")));
        account.topic("security-alerts", region, topic -> topic.subscription("email", "security@example.com", confirmed));
    }

    /** UnauthorizedAPICalls for the seed's (as before the family), else e.g. CIS-ORGAUDIT-MON-02. */
    private static String filterName(String rule) {
        return rule.equals(io.orgaudit.simulator.scenario.ExpectedVerdict.SEED_RULE) ? "UnauthorizedAPICalls"
                : "CIS-" + rule.replace('.', '-');
    }

    private static String metricName(String rule) {
        return filterName(rule);
    }

    private static String alarmName(String rule) {
        return rule.equals(io.orgaudit.simulator.scenario.ExpectedVerdict.SEED_RULE) ? "unauthorized-api-calls"
                : filterName(rule).toLowerCase(java.util.Locale.ROOT);
    }

}
