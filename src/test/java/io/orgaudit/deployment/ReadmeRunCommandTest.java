package io.orgaudit.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The README's first command is a newcomer's first contact: it must build the jar the pom names and run it, so the
 * demo's exit code 3 ends the run with its summary rather than with Maven's error block around the process.
 */
class ReadmeRunCommandTest {

    private final List<String> blocks = codeBlocks(section("## Run it"));

    @Test
    void runsTheJarTheBuildProduces() {
        String command = blocks.get(0);

        assertThat(command).doesNotContain("spring-boot:run");
        String jar = "target/" + ProjectFiles.pom("/project/build/finalName") + ".jar";
        assertThat(command).startsWith("./mvnw ").contains(" package && java -jar " + jar);
    }

    @Test
    void showsTheRunEndingWithItsSummaryAndNoMavenError() {
        String output = blocks.get(1);

        assertThat(output).contains(" COMPLETED in ", "Workbook: ").doesNotContain("[ERROR]", "BUILD FAILURE", " WARN ");
    }

    private static String section(String heading) {
        String readme = ProjectFiles.read(ProjectFiles.ROOT.resolve("README.md"));
        int start = readme.indexOf("\n" + heading + "\n");
        assertThat(start).as("README section " + heading).isNotNegative();
        int end = readme.indexOf("\n## ", start + heading.length() + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /** The contents of the section's fenced blocks, in order, without their fences. */
    private static List<String> codeBlocks(String section) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : section.lines().toList()) {
            if (line.startsWith("```")) {
                if (block == null) {
                    block = new StringBuilder();
                } else {
                    blocks.add(block.toString().strip());
                    block = null;
                }
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }
}
