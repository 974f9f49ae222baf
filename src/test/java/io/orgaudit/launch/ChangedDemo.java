package io.orgaudit.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo organization's YAML with changes, written as a scenario file ({@code --orgaudit.simulator.scenario}):
 * how a test changes the organization between two runs of separate application contexts, as a user would.
 */
final class ChangedDemo {

    private String yaml;

    private ChangedDemo(String yaml) {
        this.yaml = yaml;
    }

    static ChangedDemo demo() throws IOException {
        try (InputStream in = ChangedDemo.class.getResourceAsStream("/simulator/demo.yaml")) {
            return new ChangedDemo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** AssumeRole into the account is denied, so its scan ends ERROR. The account must be a one-line entry. */
    ChangedDemo withoutAuditRole(String accountId) {
        return replace("{id: \"" + accountId + "\", ", "{id: \"" + accountId + "\", auditRoleDeployed: false, ");
    }

    /** As {@link #withoutAuditRole} for an account written over several lines. */
    ChangedDemo withoutAuditRoleInBlock(String accountId) {
        return replace("\n  - id: \"" + accountId + "\"\n", "\n  - id: \"" + accountId + "\"\n    auditRoleDeployed: false\n");
    }

    /** The account, written over several lines, moves to another OU (in the demo, the OU decides org-trail cover). */
    ChangedDemo movedTo(String accountId, String ou) {
        return replace(Pattern.compile("(?s)(\n  - id: \"" + accountId + "\"\n.*?\n    ou: )[^\n]+"),
                "$1" + Matcher.quoteReplacement(ou));
    }

    /** The account leaves the organization. */
    ChangedDemo without(String accountId) {
        return replace(Pattern.compile("(?s)\n  - (\\{)?id: \"" + accountId + "\".*?(?=\n  - )"), "");
    }

    /** A new account with no resources of its own; the demo's accounts list is the file's last key. */
    ChangedDemo with(String accountId, String name, String ou) {
        yaml = yaml.stripTrailing() + "\n  - {id: \"" + accountId + "\", name: " + name + ", email: " + name
                + "@example.com, ou: " + ou + "}\n";
        return this;
    }

    Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, yaml);
    }

    private ChangedDemo replace(String text, String replacement) {
        return replace(Pattern.compile(Pattern.quote(text)), Matcher.quoteReplacement(replacement));
    }

    private ChangedDemo replace(Pattern pattern, String replacement) {
        String changed = pattern.matcher(yaml).replaceFirst(replacement);
        if (changed.equals(yaml)) {
            throw new IllegalArgumentException("the demo has no " + pattern + " to change");
        }
        yaml = changed;
        return this;
    }
}
