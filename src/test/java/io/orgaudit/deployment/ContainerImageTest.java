package io.orgaudit.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.orgaudit.OrgauditApplication;

/** The two ways to build the image (Jib, Dockerfile) run orgaudit as the non-root user the manifests expect. */
class ContainerImageTest {

    /** The image's user and group; k8s/ runs the pod as this uid and gives it the volume through fsGroup. */
    static final long IMAGE_UID = 65532L;
    private static final String JIB = "/project/profiles/profile[id='jib']/build/plugins/plugin[artifactId='jib-maven-plugin']";

    static String jibImageName() {
        return ProjectFiles.pom("/project/properties/image.name");
    }

    @Test
    void jibStartsTheApplicationsMainClassAsTheNonRootUser() throws NoSuchMethodException {
        assertThat(ProjectFiles.pom(JIB + "/configuration/container/user")).isEqualTo(IMAGE_UID + ":" + IMAGE_UID);
        String mainClass = ProjectFiles.pom(JIB + "/configuration/container/mainClass");
        assertThat(mainClass).isEqualTo(OrgauditApplication.class.getName());
        Method main = OrgauditApplication.class.getMethod("main", String[].class);
        assertThat(Modifier.isStatic(main.getModifiers())).isTrue();
        assertThat(ProjectFiles.pom(JIB + "/configuration/to/image")).isEqualTo("${image.name}:${image.tag}");
    }

    @Test
    void jibRunsOnlyWhenAskedFor() {
        assertThat(ProjectFiles.pom("count(" + JIB + "/executions)")).as("not bound to a lifecycle phase").isEqualTo("0");
        assertThat(ProjectFiles.pom("count(/project/build/plugins/plugin[artifactId='jib-maven-plugin'])")).isEqualTo("0");
        assertThat(ProjectFiles.pom(JIB + "/version")).isEqualTo("${jib.version}");
        assertThat(ProjectFiles.pom("/project/properties/jib.version")).isEqualTo("3.5.2");
    }

    @Test
    void theDockerfileRunsTheLayeredJarAsTheSameNonRootUser() {
        List<String> lines = ProjectFiles.read(ProjectFiles.ROOT.resolve("Dockerfile")).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();

        assertThat(lines).contains("USER " + IMAGE_UID + ":" + IMAGE_UID);
        assertThat(lines).contains("ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]");
        assertThat(lines).anyMatch(line -> line.contains("-Djarmode=tools -jar target/orgaudit.jar extract --layers --launcher"));
        List<String> layers = lines.stream().filter(line -> line.startsWith("COPY --from=build")).toList();
        assertThat(layers).as("least to most often changed").containsExactly(
                "COPY --from=build /build/extracted/dependencies/ ./",
                "COPY --from=build /build/extracted/spring-boot-loader/ ./",
                "COPY --from=build /build/extracted/snapshot-dependencies/ ./",
                "COPY --from=build /build/extracted/application/ ./");
        assertThat(ProjectFiles.pom("/project/build/finalName")).as("the jar the Dockerfile extracts").isEqualTo("orgaudit");
    }
}
