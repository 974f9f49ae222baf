package io.orgaudit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The CLI steps of a rule's remediation text: each {@code aws ...} line with the numbered sentence before it. */
final class RemediationSteps {

    record Step(String description, String command) {
    }

    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+\\.\\s+(.*)$");
    private static final Pattern RUN_FOLLOWING = Pattern.compile("\\s*Run (the )?following commands?\\.?\\s*$");

    private RemediationSteps() {
    }

    /** A rule's steps, read once per text: the Remediation sheet asks for them for every failing account. */
    private static final Map<String, List<Step>> READ = new ConcurrentHashMap<>();

    static List<Step> of(String remediation) {
        return remediation == null ? List.of() : READ.computeIfAbsent(remediation, RemediationSteps::read);
    }

    private static List<Step> read(String remediation) {
        List<Step> steps = new ArrayList<>();
        String description = "";
        for (String line : remediation.split("\\R")) {
            String stripped = line.strip();
            Matcher numbered = NUMBERED.matcher(line);
            if (numbered.matches()) {
                description = RUN_FOLLOWING.matcher(numbered.group(1).strip()).replaceFirst("");
            } else if (stripped.startsWith("aws ")) {
                steps.add(new Step(description, stripped.replaceAll("\\s{2,}", " ")));
            }
        }
        return List.copyOf(steps);
    }
}
