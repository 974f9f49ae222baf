package io.orgaudit.simulator.scenario;

import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the scenario YAML (format documented in simulator/demo.yaml) through the builders. */
final class ScenarioYaml {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ScenarioYaml() {
    }

    static Scenario read(InputStream in) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw new ScenarioException("", "the scenario is not well-formed YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")"), e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new ScenarioException("", "the scenario is empty");
        }
        YamlNode root = new YamlNode(tree, "").requireObject("organizationId", "managementAccount", "auditRole",
                "externalId", "defaultRegions", "ous", "filterSets", "accounts", "buckets");
        FilterSets filterSets = FilterSets.read(root);
        ScenarioBuilder builder = Scenario.builder();
        root.at(() -> builder.organizationId(root.requiredText("organizationId")));
        String management = root.required("managementAccount").accountId();
        root.at(() -> builder.managementAccount(management));
        root.at(() -> builder.auditRoleName(root.requiredText("auditRole")));
        root.optionalText("externalId").ifPresent(id -> root.at(() -> builder.externalId(id)));
        root.optional("defaultRegions").ifPresent(regions -> root.at(() -> builder.defaultRegions(root.textList("defaultRegions"))));
        root.textList("ous").forEach(ou -> root.at(() -> builder.ou(ou)));
        Map<String, String> seen = new HashMap<>();
        root.required("accounts");
        for (YamlNode account : root.list("accounts")) {
            String id = account.requireObject(AccountYaml.FIELDS).required("id").accountId();
            String previous = seen.putIfAbsent(id, account.path());
            if (previous != null) {
                throw ScenarioException.located(account.path() + ".id", id + " is already used by " + previous);
            }
            account.at(() -> builder.account(id, spec -> AccountYaml.read(account, spec, filterSets)));
        }
        for (YamlNode bucket : root.list("buckets")) {
            bucket.requireObject("name", "account", "region");
            String account = bucket.optional("account").map(YamlNode::accountId).orElse(null);
            // The builder names the field as buckets[i].x, the same path as in the YAML.
            root.at(() -> builder.bucket(bucket.requiredText("name"), account, bucket.optionalText("region").orElse(null)));
        }
        return builder.build();
    }

    static <E extends Enum<E>> E enumValue(YamlNode node, Class<E> type) {
        String text = node.text();
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw ScenarioException.located(node.path(), "'" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
