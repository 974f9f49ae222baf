package io.orgaudit.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** S3 buckets in the scenario: declared in YAML or with the builder, defaults, and the field named on bad input. */
class ScenarioBucketsTest {

    private static final String HEADER = """
            organizationId: o-test123456
            managementAccount: "111111111111"
            auditRole: OrgAuditReadOnly
            defaultRegions: [eu-west-1, us-east-1]
            accounts:
              - id: "111111111111"
              - id: "222222222222"
            """;

    @Test
    void bucketsDefaultToTheManagementAccountAndTheFirstDefaultRegion() {
        Scenario scenario = read(HEADER + """
                buckets:
                  - name: acme-reports
                  - {name: member.reports, account: "222222222222", region: us-east-1}
                """);

        assertThat(scenario.buckets()).containsExactly(
                new SimBucket("acme-reports", "111111111111", "eu-west-1"),
                new SimBucket("member.reports", "222222222222", "us-east-1"));
        assertThat(scenario.bucket("acme-reports").orElseThrow().arn()).isEqualTo("arn:aws:s3:::acme-reports");
        assertThat(scenario.toBuilder().build().buckets()).isEqualTo(scenario.buckets());
    }

    @Test
    void aScenarioWithoutBucketsDeclaresNone() {
        assertThat(read(HEADER).buckets()).isEmpty();
        assertThat(Scenario.demo().buckets()).as("the demo accepts any bucket name").isEmpty();
    }

    @Test
    void namesTheBucketFieldAtFault() {
        assertThatThrownBy(() -> read(HEADER + "buckets: [{name: Acme_Reports}]\n"))
                .hasMessageStartingWith("buckets[0].name: 'Acme_Reports' is not an S3 bucket name");
        assertThatThrownBy(() -> read(HEADER + "buckets: [{name: acme-reports}, {name: acme-reports}]\n"))
                .hasMessage("buckets[1].name: bucket 'acme-reports' is declared twice");
        assertThatThrownBy(() -> read(HEADER + "buckets: [{name: acme-reports, account: \"333333333333\"}]\n"))
                .hasMessage("buckets[0].account: 333333333333 is not an account of the scenario");
        assertThatThrownBy(() -> read(HEADER + "buckets: [{name: acme-reports, regoin: us-east-1}]\n"))
                .hasMessageStartingWith("buckets[0].regoin: unknown field");
        assertThatThrownBy(() -> read(HEADER + "buckets: [{name: acme-reports, region: us-east1}]\n"))
                .hasMessageStartingWith("buckets[0].region: 'us-east1' is not an AWS region name");
    }

    private static Scenario read(String yaml) {
        return Scenario.fromYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
