package io.orgaudit.launch;

import static io.orgaudit.launch.ScanResult.ENVIRONMENT_NOT_READY;
import static io.orgaudit.launch.ScanResult.INVALID_CONFIGURATION;

import java.util.List;

/** The bad-input cases of {@link BadInputCasesTest}, grouped as the table of docs/troubleshooting.md groups them. */
final class BadInputCatalog {

    private static final String CONCURRENCY = "give the number of accounts scanned at once, 1 to 1024 (default 16)";
    private static final String CALL_TIMEOUT = "give the time allowed for one AWS call with its retries, a positive "
            + "duration such as 30s (default)";
    private static final String ATTEMPT_TIMEOUT = "give the time allowed for one attempt of an AWS call, a positive "
            + "duration such as 10s (default)";
    private static final String ATTEMPTS = "give the attempts per AWS call, 1 to 100 (default 8)";
    private static final String ENDPOINT = "give an http:// or https:// URL such as http://localhost:4566, or leave it "
            + "unset for real AWS";
    private static final String PROGRESS = "give the time between progress lines, a positive duration such as 30s "
            + "(default 1s)";
    private static final String RUN_ID = "give the number of an earlier run, or leave it unset for the latest run";
    private static final String CLI = " (from the command line)";
    private static final String ARGUMENT = " is not an option; give settings as --name=value, for example --";
    private static final String AGAIN = "; then run the same command again (nothing collected was lost)";
    private static final String AWS_ENDPOINT = "--orgaudit.aws.endpoint=http://127.0.0.1:";

    private BadInputCatalog() {
    }

    static List<BadInput> all() {
        return java.util.stream.Stream.of(values(), keys(), files(), environment()).flatMap(List::stream).toList();
    }

    /** Values of known settings that do not bind, or bind but cannot work. */
    static List<BadInput> values() {
        return List.of(
                BadInput.of("concurrency not a number", INVALID_CONFIGURATION,
                        "orgaudit.concurrency: 'abc' is not a whole number; " + CONCURRENCY + CLI,
                        "--orgaudit.concurrency=abc"),
                BadInput.of("concurrency not a number, from the environment", INVALID_CONFIGURATION,
                        "orgaudit.concurrency: 'abc' is not a whole number; " + CONCURRENCY
                                + " (from environment variable ORGAUDIT_CONCURRENCY)")
                        .withEnvironment("ORGAUDIT_CONCURRENCY", "abc"),
                BadInput.of("concurrency not a number, from a jobs file", INVALID_CONFIGURATION,
                        "orgaudit.concurrency: 'lots' is not a whole number; " + CONCURRENCY
                                + " (from {dir}/jobs/lots.yml line 3)",
                        "--spring.config.import=file:{dir}/jobs/lots.yml"),
                BadInput.of("concurrency beyond an int", INVALID_CONFIGURATION,
                        "orgaudit.concurrency: '99999999999' is not a whole number; " + CONCURRENCY + CLI,
                        "--orgaudit.concurrency=99999999999"),
                BadInput.of("concurrency zero", INVALID_CONFIGURATION,
                        "orgaudit.concurrency: 0 is out of range; " + CONCURRENCY, "--orgaudit.concurrency=0"),
                BadInput.of("concurrency too high", INVALID_CONFIGURATION,
                        "orgaudit.concurrency: 5000 is out of range; " + CONCURRENCY, "--orgaudit.concurrency=5000"),
                BadInput.of("trend of one run", INVALID_CONFIGURATION,
                        "orgaudit.trend.runs: 1 is out of range; give how many finished runs the Trend sheet covers, "
                                + "2 to 1000 (default 30)", "--orgaudit.trend.runs=1"),
                BadInput.of("source unknown", INVALID_CONFIGURATION,
                        "orgaudit.source: 'azure' is not one of demo, aws; use demo (default) or aws" + CLI,
                        "--orgaudit.source=azure"),
                BadInput.of("profile unknown", INVALID_CONFIGURATION,
                        "orgaudit.profile: 'strict' is not a profile; use gsl (default) or cis", "--orgaudit.profile=strict"),
                BadInput.of("command unknown", INVALID_CONFIGURATION,
                        "orgaudit.command: 'rerun' is not a command; use run (default) or rerun-failed",
                        "--orgaudit.command=rerun"),
                BadInput.of("rerun run id not a number", INVALID_CONFIGURATION,
                        "orgaudit.rerun.run-id: 'abc' is not a whole number; " + RUN_ID + CLI,
                        "--orgaudit.rerun.run-id=abc"),
                BadInput.of("rerun run id zero", INVALID_CONFIGURATION,
                        "orgaudit.rerun.run-id: 0 is not a run number; " + RUN_ID, "--orgaudit.rerun.run-id=0"),
                BadInput.of("rerun of a run that does not exist", INVALID_CONFIGURATION,
                        "orgaudit.rerun.run-id: there is no run 999 in this database...",
                        "--orgaudit.command=rerun-failed", "--orgaudit.rerun.run-id=999").openingTheDatabase(),
                BadInput.of("database migrated by a newer orgaudit", INVALID_CONFIGURATION,
                        "spring.datasource.url: the database jdbc:h2:file:{dir}/newer/orgaudit has schema version 3,"
                                + " newer than this orgaudit's 2: run the newer orgaudit, or point spring.datasource.url"
                                + " at another database",
                        "--spring.datasource.url=jdbc:h2:file:{dir}/newer/orgaudit"),
                BadInput.of("api call timeout negative", INVALID_CONFIGURATION,
                        "orgaudit.aws.api-call-timeout: -1s is not a positive duration; " + CALL_TIMEOUT,
                        "--orgaudit.aws.api-call-timeout=-1s"),
                BadInput.of("api call timeout zero", INVALID_CONFIGURATION,
                        "orgaudit.aws.api-call-timeout: 0s is not a positive duration; " + CALL_TIMEOUT,
                        "--orgaudit.aws.api-call-timeout=0"),
                BadInput.of("api call timeout not a duration", INVALID_CONFIGURATION,
                        "orgaudit.aws.api-call-timeout: 'soon' is not a duration (for example 500ms, 30s, 2m); "
                                + CALL_TIMEOUT + CLI, "--orgaudit.aws.api-call-timeout=soon"),
                BadInput.of("attempt timeout negative", INVALID_CONFIGURATION,
                        "orgaudit.aws.attempt-timeout: -10s is not a positive duration; " + ATTEMPT_TIMEOUT,
                        "--orgaudit.aws.attempt-timeout=-10s"),
                BadInput.of("attempt timeout zero", INVALID_CONFIGURATION,
                        "orgaudit.aws.attempt-timeout: 0s is not a positive duration; " + ATTEMPT_TIMEOUT,
                        "--orgaudit.aws.attempt-timeout=0ms"),
                BadInput.of("max attempts zero", INVALID_CONFIGURATION,
                        "orgaudit.aws.max-attempts: 0 is out of range; " + ATTEMPTS, "--orgaudit.aws.max-attempts=0"),
                BadInput.of("max attempts negative", INVALID_CONFIGURATION,
                        "orgaudit.aws.max-attempts: -3 is out of range; " + ATTEMPTS, "--orgaudit.aws.max-attempts=-3"),
                BadInput.of("max attempts not a number", INVALID_CONFIGURATION,
                        "orgaudit.aws.max-attempts: 'many' is not a whole number; " + ATTEMPTS + CLI,
                        "--orgaudit.aws.max-attempts=many"),
                BadInput.of("simulator latency negative", INVALID_CONFIGURATION,
                        "orgaudit.simulator.latency: -5ms is negative; give the latency added to each simulated call, "
                                + "a duration of 0ms (default) or more", "--orgaudit.simulator.latency=-5ms"),
                BadInput.of("progress interval zero", INVALID_CONFIGURATION,
                        "orgaudit.progress-interval: 0s is not a positive duration; " + PROGRESS,
                        "--orgaudit.progress-interval=0s"),
                BadInput.of("progress interval negative", INVALID_CONFIGURATION,
                        "orgaudit.progress-interval: -1s is not a positive duration; " + PROGRESS,
                        "--orgaudit.progress-interval=-1s"),
                BadInput.of("endpoint malformed", INVALID_CONFIGURATION,
                        "orgaudit.aws.endpoint: 'ht!tp://x' is not a URL; " + ENDPOINT + CLI,
                        "--orgaudit.aws.endpoint=ht!tp://x"),
                BadInput.of("endpoint without scheme", INVALID_CONFIGURATION,
                        "orgaudit.aws.endpoint: 'localhost:4566' is not an http:// or https:// URL with a host; " + ENDPOINT,
                        "--orgaudit.aws.endpoint=localhost:4566"),
                BadInput.of("endpoint not http", INVALID_CONFIGURATION,
                        "orgaudit.aws.endpoint: 'ftp://example.com' is not an http:// or https:// URL with a host; "
                                + ENDPOINT, "--orgaudit.aws.endpoint=ftp://example.com"),
                BadInput.of("run-on-startup not a boolean", INVALID_CONFIGURATION,
                        "orgaudit.run-on-startup: 'maybe' is not true or false; use true (default) or false" + CLI,
                        "--orgaudit.run-on-startup=maybe"),
                BadInput.of("region unknown", INVALID_CONFIGURATION,
                        "orgaudit.regions: 'mars-north-1' is not an AWS region name (for example us-east-1)",
                        "--orgaudit.regions=us-east-1,mars-north-1"),
                BadInput.of("account id malformed", INVALID_CONFIGURATION,
                        "orgaudit.accounts.exclude: '1234' is not an AWS account id (12 digits, keep leading zeros, "
                                + "quote it in YAML)", "--orgaudit.accounts.exclude=1234"),
                BadInput.of("rule unknown", INVALID_CONFIGURATION,
                        "orgaudit.rules: unknown rule id 'D9.AWS.MON.99'; known rules: D9.AWS.MON.01, ...",
                        "--orgaudit.rules=D9.AWS.MON.99"),
                BadInput.of("role name empty", INVALID_CONFIGURATION,
                        "orgaudit.role.name: empty; give the name of the read-only role in each member account",
                        "--orgaudit.role.name="),
                BadInput.of("output folder is a file", INVALID_CONFIGURATION,
                        "orgaudit.output.directory: cannot create '{dir}/not-a-folder/reports' ({dir}/not-a-folder/"
                                + "reports: Not a directory); point the setting at a folder that can be created",
                        "--orgaudit.output.directory={dir}/not-a-folder/reports"));
    }

    /** Keys nobody reads, and arguments that are not options: refused, with the key that was probably meant. */
    static List<BadInput> keys() {
        return List.of(
                BadInput.of("misspelt command key", INVALID_CONFIGURATION,
                        "orgaudit.comand: not an orgaudit setting; did you mean orgaudit.command?" + CLI,
                        "--orgaudit.comand=rerun-failed"),
                BadInput.of("misspelt concurrency key", INVALID_CONFIGURATION,
                        "orgaudit.concurency: not an orgaudit setting; did you mean orgaudit.concurrency?" + CLI,
                        "--orgaudit.concurency=8"),
                BadInput.of("misspelt key in the environment", INVALID_CONFIGURATION,
                        "orgaudit.concurency: not an orgaudit setting; did you mean orgaudit.concurrency? (from "
                                + "environment variable ORGAUDIT_CONCURENCY)")
                        .withEnvironment("ORGAUDIT_CONCURENCY", "8"),
                BadInput.of("misspelt key in a jobs file", INVALID_CONFIGURATION,
                        "orgaudit.concurency: not an orgaudit setting; did you mean orgaudit.concurrency? (from "
                                + "{dir}/jobs/typo.yml line 2)", "--spring.config.import=file:{dir}/jobs/typo.yml"),
                BadInput.of("misspelt nested key in a jobs file", INVALID_CONFIGURATION,
                        "orgaudit.aws.max-attempt: not an orgaudit setting; did you mean orgaudit.aws.max-attempts? "
                                + "(from {dir}/jobs/nested-typo.yml line 4)",
                        "--spring.config.import=file:{dir}/jobs/nested-typo.yml"),
                BadInput.of("misspelt nested key", INVALID_CONFIGURATION,
                        "orgaudit.aws.regoin: not an orgaudit setting; did you mean orgaudit.aws.region?" + CLI,
                        "--orgaudit.aws.regoin=eu-west-1"),
                BadInput.of("key like no other", INVALID_CONFIGURATION,
                        "orgaudit.x: not an orgaudit setting; the settings are listed in the README's Configuration "
                                + "table" + CLI, "--orgaudit.x=y"),
                BadInput.of("single dash", INVALID_CONFIGURATION,
                        "argument '-orgaudit.x=y'" + ARGUMENT + "orgaudit.x=y", "-orgaudit.x=y"),
                BadInput.of("single dash on a known key", INVALID_CONFIGURATION,
                        "argument '-orgaudit.concurrency=8'" + ARGUMENT + "orgaudit.concurrency=8",
                        "-orgaudit.concurrency=8"),
                BadInput.of("no dashes", INVALID_CONFIGURATION,
                        "argument 'orgaudit.command=rerun-failed'" + ARGUMENT + "orgaudit.command=rerun-failed",
                        "orgaudit.command=rerun-failed"),
                BadInput.of("a bare word", INVALID_CONFIGURATION,
                        "argument 'rerun-failed'" + ARGUMENT + "orgaudit.command=rerun-failed", "rerun-failed"));
    }

    /** Jobs files and scenario files that are missing or broken. */
    static List<BadInput> files() {
        return List.of(
                BadInput.of("jobs file missing", INVALID_CONFIGURATION,
                        "a configuration file could not be read: Config data resource 'file [{dir}/jobs/nightly.yml]' "
                                + "via location 'file:{dir}/jobs/nightly.yml' cannot be found (check the "
                                + "--spring.config.import path and its YAML)",
                        "--spring.config.import=file:{dir}/jobs/nightly.yml"),
                BadInput.of("jobs file broken", INVALID_CONFIGURATION,
                        "a configuration file could not be read: not valid YAML at line 3, column 10: expected ',' or "
                                + "']', but got ...",
                        "--spring.config.import=file:{dir}/jobs/broken.yml"),
                BadInput.of("frameworks folder missing", INVALID_CONFIGURATION,
                        "orgaudit.frameworks.directory: {dir}/frameworks-none is not a folder; name a folder of "
                                + "framework .yaml files, or leave the setting empty",
                        "--orgaudit.frameworks.directory={dir}/frameworks-none"),
                BadInput.of("framework file names an unknown rule", INVALID_CONFIGURATION,
                        "framework file {dir}/frameworks/acme.yaml: field 'controls[1] (ACME-9).rules': unknown rule "
                                + "id 'D9.AWS.MON.1'; known rules: D9.AWS.MON.01, ...",
                        "--orgaudit.frameworks.directory={dir}/frameworks"),
                BadInput.of("exceptions file missing", INVALID_CONFIGURATION,
                        "orgaudit.exceptions.file: {dir}/exceptions-none.yaml does not exist; name a YAML file of "
                                + "exceptions (docs/exceptions.md), or leave the setting empty",
                        "--orgaudit.exceptions.file={dir}/exceptions-none.yaml"),
                BadInput.of("exception without an expiry date", INVALID_CONFIGURATION,
                        "exceptions file {dir}/exceptions/no-expiry.yaml: entry 1 (EX-7), field 'expires': missing or "
                                + "empty; every exception needs an expiry date (YYYY-MM-DD), at most 365 days from today "
                                + "(orgaudit.exceptions.longest-horizon)",
                        "--orgaudit.exceptions.file={dir}/exceptions/no-expiry.yaml"),
                BadInput.of("scenario file missing", INVALID_CONFIGURATION,
                        "orgaudit.simulator.scenario: '{dir}/scenarios/none.yml' does not exist; give demo or the path "
                                + "of a scenario YAML file", "--orgaudit.simulator.scenario={dir}/scenarios/none.yml"),
                BadInput.of("scenario file broken", INVALID_CONFIGURATION,
                        "orgaudit.simulator.scenario: scenario file {dir}/scenarios/broken.yml: the scenario is not "
                                + "well-formed YAML: ...", "--orgaudit.simulator.scenario={dir}/scenarios/broken.yml"),
                BadInput.of("scenario file empty", INVALID_CONFIGURATION,
                        "orgaudit.simulator.scenario: scenario file {dir}/scenarios/empty.yml: the scenario is empty",
                        "--orgaudit.simulator.scenario={dir}/scenarios/empty.yml"),
                BadInput.of("scenario with an unknown key", INVALID_CONFIGURATION,
                        "orgaudit.simulator.scenario: scenario file {dir}/scenarios/unknown-key.yml: acounts: unknown "
                                + "field; expected one of [organizationId, managementAccount, auditRole, externalId, "
                                + "defaultRegions, ous, filterSets, accounts, buckets]",
                        "--orgaudit.simulator.scenario={dir}/scenarios/unknown-key.yml"),
                BadInput.of("scenario with a duplicate id", INVALID_CONFIGURATION,
                        "orgaudit.simulator.scenario: scenario file {dir}/scenarios/duplicate-id.yml: accounts[1].id: "
                                + "111111111111 is already used by accounts[0]",
                        "--orgaudit.simulator.scenario={dir}/scenarios/duplicate-id.yml"));
    }

    /** The configuration is fine, the world is not: exit 5, and the same command resumes once it is fixed. */
    static List<BadInput> environment() {
        return List.of(
                BadInput.of("no AWS credentials", ENVIRONMENT_NOT_READY,
                        "no AWS credentials were found for orgaudit.source=aws: configure IRSA or EKS Pod Identity, an "
                                + "AWS profile, or the AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment "
                                + "variables" + AGAIN, "--orgaudit.source=aws")
                        .withSystemProperties(NoCredentials.ANYWHERE).openingTheDatabase(),
                BadInput.of("endpoint on a closed port", ENVIRONMENT_NOT_READY,
                        "the AWS endpoint http://127.0.0.1:{closed} cannot be reached (Connect to 127.0.0.1:{closed} "
                                + "[/127.0.0.1] failed: Connection refused); check orgaudit.aws.endpoint, the network "
                                + "and any proxy" + AGAIN, "--orgaudit.source=aws", AWS_ENDPOINT + "{closed}",
                        "--orgaudit.aws.max-attempts=1")
                        .withSystemProperties(NoCredentials.ANY).openingTheDatabase(),
                BadInput.of("endpoint host unknown", ENVIRONMENT_NOT_READY,
                        "the AWS endpoint http://orgaudit-test.invalid cannot be reached (unknown host "
                                + "orgaudit-test.invalid...", "--orgaudit.source=aws",
                        "--orgaudit.aws.endpoint=http://orgaudit-test.invalid", "--orgaudit.aws.max-attempts=1")
                        .withSystemProperties(NoCredentials.ANY).openingTheDatabase(),
                BadInput.of("endpoint answering HTML", ENVIRONMENT_NOT_READY,
                        "the AWS endpoint http://127.0.0.1:{html} does not answer like AWS (sts:GetCallerIdentity "
                                + "answered without an account id); point orgaudit.aws.endpoint at an AWS API endpoint "
                                + "(LocalStack, moto) or leave it unset for real AWS" + AGAIN,
                        "--orgaudit.source=aws", AWS_ENDPOINT + "{html}")
                        .withSystemProperties(NoCredentials.ANY).openingTheDatabase(),
                BadInput.of("endpoint answering 500", ENVIRONMENT_NOT_READY,
                        "the AWS endpoint http://127.0.0.1:{failing} answered HTTP 500 (a server error) after every "
                                + "retry; wait for it to recover or check orgaudit.aws.endpoint" + AGAIN,
                        "--orgaudit.source=aws", AWS_ENDPOINT + "{failing}", "--orgaudit.aws.max-attempts=2")
                        .withSystemProperties(NoCredentials.ANY).openingTheDatabase(),
                BadInput.of("output folder not writable", ENVIRONMENT_NOT_READY,
                        "orgaudit.output.directory: cannot write to '/proc/self' (...",
                        "--orgaudit.output.directory=/proc/self"));
    }
}
