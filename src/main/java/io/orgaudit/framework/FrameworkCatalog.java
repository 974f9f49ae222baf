package io.orgaudit.framework;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The frameworks the Matrix has columns for: the built-in files ({@code classpath:frameworks/*.yaml}: the seed's 31 in
 * the seed's order, then the newer ones) and then the operator's own, from the folder {@code orgaudit.frameworks
 * .directory} names, by file name. Checked once at start-up: a broken file or one that names an unknown rule stops
 * the job with the file and field named, before any AWS call.
 */
public final class FrameworkCatalog {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final List<FrameworkDefinition> frameworks;

    private FrameworkCatalog(List<FrameworkDefinition> frameworks) {
        this.frameworks = List.copyOf(frameworks);
    }

    /**
     * @param operatorDirectory the operator's folder of framework files, or null for the built-in ones alone
     * @param knownRules        the rule ids of the rule catalogue: a control naming any other is refused
     */
    public static FrameworkCatalog load(Path operatorDirectory, Set<String> knownRules) {
        List<Loaded> loaded = new ArrayList<>(builtIn(knownRules));
        loaded.sort(Comparator.comparing((Loaded l) -> l.framework().seedOrder() == null ? Integer.MAX_VALUE
                : l.framework().seedOrder()).thenComparing(Loaded::file));
        if (operatorDirectory != null) {
            loaded.addAll(operators(operatorDirectory, knownRules));
        }
        Map<String, String> fileByName = new HashMap<>();
        for (Loaded l : loaded) {
            String earlier = fileByName.putIfAbsent(l.framework().name(), l.file());
            if (earlier != null) {
                throw new FrameworkFileException(l.file(), "field 'name': framework '" + l.framework().name()
                        + "' is already defined by " + earlier + "; give it another name", null);
            }
        }
        return new FrameworkCatalog(loaded.stream().map(Loaded::framework).toList());
    }

    private record Loaded(String file, FrameworkDefinition framework) {}

    private static List<Loaded> builtIn(Set<String> knownRules) {
        List<Loaded> loaded = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:frameworks/*.yaml")) {
                String file = "frameworks/" + resource.getFilename();
                loaded.add(new Loaded(file, load(file, resource, knownRules)));
            }
        } catch (IOException e) {
            throw new FrameworkFileException("frameworks/*.yaml", "cannot list the framework files: " + e.getMessage(), e);
        }
        return loaded;
    }

    private static List<Loaded> operators(Path directory, Set<String> knownRules) {
        if (!Files.isDirectory(directory)) {
            throw FrameworkFileException.folder(directory, "is not a folder; name a folder of framework .yaml files, "
                    + "or leave the setting empty", null);
        }
        List<Loaded> loaded = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path path : files.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList()) {
                loaded.add(new Loaded(path.toString(), load(path.toString(), new FileSystemResource(path), knownRules)));
            }
        } catch (IOException e) {
            throw FrameworkFileException.folder(directory, "cannot be read: " + e.getMessage(), e);
        }
        return loaded;
    }

    static FrameworkDefinition load(String file, Resource resource, Set<String> knownRules) {
        FrameworkDefinition framework;
        try (InputStream in = resource.getInputStream()) {
            framework = YAML.readValue(in, FrameworkDefinition.class);
        } catch (IOException | JacksonException e) {
            throw new FrameworkFileException(file, "does not parse: " + firstLine(e.getMessage()), e);
        }
        if (framework == null) {
            throw new FrameworkFileException(file, "is empty; give at least name and controls", null);
        }
        FrameworkValidator.check(file, framework, knownRules);
        return framework;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    public List<FrameworkDefinition> all() {
        return frameworks;
    }

    /** The frameworks in which at least one of these rules counts, in the catalogue's order. */
    public List<FrameworkDefinition> covering(List<String> ruleIds) {
        return frameworks.stream()
                .filter(f -> f.controls().stream().anyMatch(c -> c.rules().stream().anyMatch(ruleIds::contains)))
                .toList();
    }
}
