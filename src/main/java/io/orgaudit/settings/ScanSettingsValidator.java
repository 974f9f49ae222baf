package io.orgaudit.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Start-up checks of {@link ScanSettings}. Each problem names the setting and what to do, so a CronJob that is
 * misconfigured fails in its first second with a message an operator can act on.
 */
public final class ScanSettingsValidator {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d{1,2}");
    private static final Set<String> PROFILES = Set.of("gsl", "cis");
    private static final Set<String> COMMANDS = Set.of("run", "rerun-failed");

    private final Set<String> knownRegions;

    /** @param knownRegions region names the SDK knows; a region outside this set is a typo, not a new region */
    public ScanSettingsValidator(Set<String> knownRegions) {
        this.knownRegions = knownRegions;
    }

    public List<String> problems(ScanSettings settings) {
        List<String> problems = new ArrayList<>();
        if (settings.progressInterval().isNegative() || settings.progressInterval().isZero()) {
            problems.add("orgaudit.progress-interval: " + Shown.duration(settings.progressInterval())
                    + " is not a positive duration; " + KnownSettings.allowed("orgaudit.progress-interval").orElseThrow());
        }
        AwsSettingsCheck.positive("orgaudit.exceptions.longest-horizon", settings.exceptions().longestHorizon(), problems);
        if (settings.exceptions().expiringWithin().isNegative()) {
            problems.add("orgaudit.exceptions.expiring-within: " + Shown.duration(settings.exceptions().expiringWithin())
                    + " is negative; " + KnownSettings.allowed("orgaudit.exceptions.expiring-within").orElseThrow());
        }
        if (!(settings.owners().callsPerSecond() > 0 && settings.owners().callsPerSecond() <= 100)) {
            problems.add("orgaudit.owners.calls-per-second: " + settings.owners().callsPerSecond() + " is out of range; "
                    + KnownSettings.allowed("orgaudit.owners.calls-per-second").orElseThrow());
        }
        for (String key : settings.owners().tagKeys()) {
            if (key.isBlank() || key.length() > 128) {
                problems.add("orgaudit.owners.tag-keys: '" + Shown.value(key) + "' is not a tag key; "
                        + KnownSettings.allowed("orgaudit.owners.tag-keys").orElseThrow());
            }
        }
        if (settings.trend().runs() < 2 || settings.trend().runs() > 1000) {
            problems.add("orgaudit.trend.runs: " + settings.trend().runs() + " is out of range; "
                    + KnownSettings.allowed("orgaudit.trend.runs").orElseThrow());
        }
        if (!PROFILES.contains(settings.profile())) {
            problems.add("orgaudit.profile: '" + Shown.value(settings.profile())
                    + "' is not a profile; use gsl (default) or cis");
        }
        for (String region : settings.regions()) {
            if (!REGION.matcher(region).matches() || !knownRegions.contains(region)) {
                problems.add("orgaudit.regions: '" + Shown.value(region)
                        + "' is not an AWS region name (for example us-east-1)");
            }
        }
        checkAccountIds("orgaudit.accounts.include", settings.accounts().include(), problems);
        checkAccountIds("orgaudit.accounts.exclude", settings.accounts().exclude(), problems);
        if (settings.concurrency() < 1 || settings.concurrency() > 1024) {
            problems.add("orgaudit.concurrency: " + settings.concurrency()
                    + " is out of range; give the number of accounts scanned at once, 1 to 1024 (default 16)");
        }
        if (settings.role().name() == null || settings.role().name().isBlank()) {
            problems.add("orgaudit.role.name: empty; give the name of the read-only role in each member account");
        }
        problems.addAll(new AwsSettingsCheck(settings.aws(), settings.simulator()).problems());
        if (!COMMANDS.contains(settings.command())) {
            problems.add("orgaudit.command: '" + Shown.value(settings.command())
                    + "' is not a command; use run (default) or rerun-failed");
        }
        if (settings.rerun().runId() != null && settings.rerun().runId() < 1) {
            problems.add("orgaudit.rerun.run-id: " + settings.rerun().runId() + " is not a run number; "
                    + KnownSettings.allowed("orgaudit.rerun.run-id").orElseThrow());
        }
        checkOutputDirectory(settings.output().directory(), problems);
        return problems;
    }

    private static void checkAccountIds(String setting, List<String> ids, List<String> problems) {
        for (String id : ids) {
            if (!ACCOUNT_ID.matcher(id).matches()) {
                problems.add(setting + ": '" + Shown.value(id)
                        + "' is not an AWS account id (12 digits, keep leading zeros, quote it in YAML)");
            }
        }
    }

    /** Only what the setting itself gets wrong; a folder that exists but cannot be written is the environment's. */
    private static void checkOutputDirectory(Path directory, List<String> problems) {
        try {
            Files.createDirectories(directory);
        } catch (IOException | SecurityException e) {
            problems.add("orgaudit.output.directory: cannot create '" + directory.toAbsolutePath() + "' ("
                    + FileProblems.reason(e) + "); point the setting at a folder that can be created");
            return;
        }
        if (!Files.isDirectory(directory)) {
            problems.add("orgaudit.output.directory: '" + directory.toAbsolutePath()
                    + "' is not a directory; point the setting at a folder");
        }
    }
}
