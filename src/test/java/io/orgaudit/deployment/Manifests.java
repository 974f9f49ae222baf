package io.orgaudit.deployment;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads Kubernetes manifests into the fabric8 model as strictly as the API server's strict field validation:
 * an unknown or misspelt field, or a value of the wrong type, is an error rather than silently kept aside.
 */
final class Manifests {

    /** The kinds orgaudit's manifests use, by apiVersion and kind. */
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "batch/v1 CronJob", CronJob.class,
            "batch/v1 Job", Job.class,
            "v1 ServiceAccount", ServiceAccount.class,
            "v1 PersistentVolumeClaim", PersistentVolumeClaim.class,
            "v1 ConfigMap", ConfigMap.class,
            "v1 Namespace", Namespace.class,
            "v1 Pod", Pod.class);

    /**
     * fabric8's model keeps unknown fields in {@code additionalProperties} (a {@code @JsonAnySetter}), which would
     * accept any typo; without the any-setter, FAIL_ON_UNKNOWN_PROPERTIES applies. No coercion: "3" is not 3.
     */
    static final YAMLMapper STRICT = YAMLMapper.builder()
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(MapperConfig<?> config, Annotated annotated) {
                    return null;
                }
            })
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Manifests() {
    }

    static List<HasMetadata> read(Path file) {
        return readAll(ProjectFiles.read(file), file.toString());
    }

    static <T extends HasMetadata> T read(Path file, Class<T> kind) {
        List<HasMetadata> objects = read(file);
        if (objects.size() != 1 || !kind.isInstance(objects.get(0))) {
            throw new AssertionError(file + " should hold exactly one " + kind.getSimpleName() + ", holds " + objects);
        }
        return kind.cast(objects.get(0));
    }

    /** Every document of a (multi-document) YAML text, each into its kind's model class. */
    static List<HasMetadata> readAll(String yaml, String source) {
        List<JsonNode> documents = STRICT.readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll();
        return documents.stream().filter(node -> node != null && !node.isNull() && !node.isMissingNode())
                .map(node -> toModel(node, source)).toList();
    }

    private static HasMetadata toModel(JsonNode document, String source) {
        String key = document.path("apiVersion").asString() + " " + document.path("kind").asString();
        Class<? extends HasMetadata> kind = KINDS.get(key);
        if (kind == null) {
            throw new AssertionError(source + ": unexpected kind '" + key + "'; known: " + KINDS.keySet());
        }
        return STRICT.treeToValue(document, kind);
    }
}
