package io.orgaudit.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.ServiceAccount;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import io.orgaudit.rule.RuleCatalog;
import io.orgaudit.rule.RuleDefinition;

/**
 * Least privilege, checked: the policies under k8s/iam/ grant exactly the actions the rules declare plus those
 * orgaudit's own code calls (src/main/resources/iam/collector-actions.txt), and that list matches the AWS SDK
 * calls actually compiled into the code ({@link SdkCalls}).
 */
class IamPoliciesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> SCOPES = Set.of("hub", "every-account", "delivery", "delivery-kms", "none");

    private final Map<String, Set<String>> collector = collectorActions();
    private final Set<String> ruleActions = ruleActions();

    @Test
    void theCodeCallsExactlyTheActionsTheRulesAndTheCollectorListDeclare() {
        Set<String> declared = new TreeSet<>(ruleActions);
        collector.forEach((scope, actions) -> {
            if (!scope.equals("delivery-kms")) { // S3 calls KMS for us; no SDK call of ours names it
                declared.addAll(actions);
            }
        });

        assertThat(SdkCalls.actionsCalledByTheCode()).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void theAuditRoleGrantsExactlyWhatIsReadInEveryAccount() {
        assertThat(allowedActions(policy("audit-role-policy.json"))).containsExactlyInAnyOrderElementsOf(everyAccount());
    }

    @Test
    void theStackSetDeploysThatRoleTrustingOnlyTheHubWithTheExternalId() {
        JsonNode role = stackSet().at("/Resources/AuditRole");
        JsonNode trust = role.at("/Properties/AssumeRolePolicyDocument/Statement");

        assertThat(role.path("Type").asString()).isEqualTo("AWS::IAM::Role");
        assertThat(role.at("/Properties/RoleName/Ref").asString()).isEqualTo("RoleName");
        assertThat(allowedActions(role.at("/Properties/Policies/0/PolicyDocument")))
                .containsExactlyInAnyOrderElementsOf(everyAccount());
        assertThat(role.at("/Properties/Policies")).hasSize(1);
        assertThat(trust).hasSize(1);
        assertThat(trust.at("/0/Action").asString()).isEqualTo("sts:AssumeRole");
        assertThat(trust.at("/0/Principal/AWS/Ref").asString()).isEqualTo("HubRoleArn");
        assertThat(trust.at("/0/Condition/StringEquals/sts:ExternalId/Ref").asString()).isEqualTo("ExternalId");
        assertThat(stackSet().path("Parameters").propertyNames()).containsExactlyInAnyOrder("HubRoleArn", "ExternalId", "RoleName");
    }

    @Test
    void theAuditRoleTrustPolicyTrustsOnlyThePodsRoleWithTheExternalId() {
        JsonNode trust = policy("audit-role-trust.json").path("Statement");
        ServiceAccount account = Manifests.read(ProjectFiles.K8S.resolve("serviceaccount.yaml"), ServiceAccount.class);

        assertThat(trust).hasSize(1);
        assertThat(trust.at("/0/Action").asString()).isEqualTo("sts:AssumeRole");
        assertThat(trust.at("/0/Principal/AWS").asString())
                .isEqualTo(account.getMetadata().getAnnotations().get("eks.amazonaws.com/role-arn"));
        assertThat(trust.at("/0/Condition/StringEquals/sts:ExternalId").asString()).isNotBlank();
    }

    @Test
    void theHubReadsTheOrganizationAssumesTheAuditRoleReadsItsOwnAccountAndDeliversNothingMore() {
        Set<String> expected = new TreeSet<>(collector.get("hub"));
        expected.addAll(everyAccount()); // the hub's own account is read with the hub's credentials, not a role
        expected.addAll(collector.get("delivery"));

        assertThat(allowedActions(policy("hub-policy.json"))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theKmsAdditionGrantsOnlyWhatAnSseKmsUploadNeeds() {
        assertThat(allowedActions(policy("hub-delivery-kms-policy.json")))
                .containsExactlyInAnyOrderElementsOf(collector.get("delivery-kms"));
    }

    @Test
    void thePodsRoleTrustsOnlyOrgauditsServiceAccount() {
        ServiceAccount account = Manifests.read(ProjectFiles.K8S.resolve("serviceaccount.yaml"), ServiceAccount.class);
        String subject = "system:serviceaccount:" + KubernetesManifestsTest.NAMESPACE + ":" + account.getMetadata().getName();

        JsonNode irsa = policy("hub-trust-irsa.json").at("/Statement/0");
        assertThat(irsa.path("Action").asString()).isEqualTo("sts:AssumeRoleWithWebIdentity");
        Map<String, String> conditions = new TreeMap<>();
        irsa.at("/Condition/StringEquals").properties().forEach(e -> conditions.put(e.getKey(), e.getValue().asString()));
        assertThat(conditions).hasSize(2);
        assertThat(conditions).anySatisfy((key, value) -> {
            assertThat(key).endsWith(":sub");
            assertThat(value).isEqualTo(subject);
        });
        assertThat(conditions).anySatisfy((key, value) -> {
            assertThat(key).endsWith(":aud");
            assertThat(value).isEqualTo("sts.amazonaws.com");
        });

        JsonNode podIdentity = policy("hub-trust-pod-identity.json").at("/Statement/0");
        assertThat(podIdentity.at("/Principal/Service").asString()).isEqualTo("pods.eks.amazonaws.com");
        assertThat(podIdentity.at("/Condition/StringEquals/aws:RequestTag~1kubernetes-namespace").asString())
                .isEqualTo(KubernetesManifestsTest.NAMESPACE);
        assertThat(podIdentity.at("/Condition/StringEquals/aws:RequestTag~1kubernetes-service-account").asString())
                .isEqualTo(account.getMetadata().getName());
    }

    @Test
    void noPolicyUsesWildcardActionsDeniesOrNotAction() {
        for (String file : new String[] {"hub-policy.json", "hub-delivery-kms-policy.json", "audit-role-policy.json"}) {
            JsonNode document = policy(file);
            assertThat(document.path("Version").asString()).isEqualTo("2012-10-17");
            for (JsonNode statement : document.path("Statement")) {
                assertThat(statement.path("Effect").asString()).as(file).isEqualTo("Allow");
                assertThat(statement.has("NotAction")).as(file).isFalse();
                assertThat(statement.has("Sid")).as(file + ": every statement says what it is for").isTrue();
            }
            assertThat(allowedActions(document)).as(file).allSatisfy(action -> assertThat(action).doesNotContain("*"));
        }
    }

    @Test
    void theCollectorListNamesEachActionOnceWithAKnownScope() {
        assertThat(collector.keySet()).isSubsetOf(SCOPES);
        Set<String> seen = new HashSet<>();
        collector.values().forEach(actions -> actions.forEach(action -> {
            assertThat(action).matches("[a-z0-9-]+:[A-Z][A-Za-z]+");
            assertThat(seen.add(action)).as(action + " listed twice").isTrue();
        }));
        assertThat(ruleActions).doesNotContainAnyElementsOf(seen);
    }

    private Set<String> everyAccount() {
        Set<String> actions = new TreeSet<>(ruleActions);
        actions.addAll(collector.get("every-account"));
        return actions;
    }

    static Set<String> ruleActions() {
        Set<String> actions = new TreeSet<>();
        for (RuleDefinition rule : RuleCatalog.fromClasspath().all()) {
            assertThat(rule.permissions()).as(rule.id() + " declares its permissions").isNotEmpty();
            actions.addAll(rule.permissions());
        }
        return actions;
    }

    /** collector-actions.txt: scope -> actions. */
    static Map<String, Set<String>> collectorActions() {
        Map<String, Set<String>> byScope = new TreeMap<>();
        try (InputStream in = IamPoliciesTest.class.getClassLoader().getResourceAsStream("iam/collector-actions.txt")) {
            assertThat(in).as("classpath iam/collector-actions.txt").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                String[] fields = content.split("\\s+");
                assertThat(fields).as("'" + line + "': an action and its scope").hasSize(2);
                byScope.computeIfAbsent(fields[1], scope -> new TreeSet<>()).add(fields[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SCOPES.forEach(scope -> byScope.putIfAbsent(scope, new TreeSet<>()));
        return byScope;
    }

    static JsonNode policy(String file) {
        return JSON.readTree(ProjectFiles.read(ProjectFiles.IAM.resolve(file)));
    }

    static JsonNode stackSet() {
        return YAMLMapper.builder().build().readTree(ProjectFiles.read(ProjectFiles.IAM.resolve("audit-role-stackset.yaml")));
    }

    /** The actions of every Allow statement; Action may be one string or a list. */
    static Set<String> allowedActions(JsonNode policy) {
        Set<String> actions = new TreeSet<>();
        for (JsonNode statement : policy.path("Statement")) {
            if (!statement.path("Effect").asString().equals("Allow")) {
                continue;
            }
            JsonNode action = statement.path("Action");
            if (action.isArray()) {
                action.forEach(item -> actions.add(item.asString()));
            } else {
                actions.add(action.asString());
            }
        }
        return actions;
    }
}
