package io.orgaudit.deployment;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The parts of a kustomization.yaml that orgaudit uses, read strictly (an unknown field fails), so a misspelt
 * kustomize field is caught here rather than silently ignored.
 */
record Kustomization(String apiVersion, String kind, String namespace, List<String> resources, List<Image> images,
                     GeneratorOptions generatorOptions, List<ConfigMapGenerator> configMapGenerator) {

    record Image(String name, String newName, String newTag) {

        String reference() {
            return newName + ":" + newTag;
        }
    }

    record GeneratorOptions(boolean disableNameSuffixHash, Map<String, String> labels) {
    }

    record ConfigMapGenerator(String name, List<String> files) {
    }

    Kustomization {
        resources = resources == null ? List.of() : resources;
        images = images == null ? List.of() : images;
        configMapGenerator = configMapGenerator == null ? List.of() : configMapGenerator;
    }

    static Kustomization in(Path folder) {
        return Manifests.STRICT.readValue(ProjectFiles.read(folder.resolve("kustomization.yaml")), Kustomization.class);
    }
}
