# syntax=docker/dockerfile:1
# orgaudit's container image from Spring Boot's layered jar, for machines with a Docker engine (or Podman,
# Buildah, Kaniko). Without one, use Jib: ./mvnw -Pjib -DskipTests package jib:build (see k8s/README.md).
#
#   docker build -t 111122223333.dkr.ecr.eu-west-1.amazonaws.com/orgaudit:0.1.0-SNAPSHOT .
#   docker push 111122223333.dkr.ecr.eu-west-1.amazonaws.com/orgaudit:0.1.0-SNAPSHOT
#
# Layers change from least to most often (dependencies, Spring Boot's launcher, snapshot dependencies, our
# classes), so a code change rebuilds and pushes only the last, small layer.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package \
 && java -Djarmode=tools -jar target/orgaudit.jar extract --layers --launcher --destination /build/extracted

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
# A numeric non-root user, so Kubernetes can check runAsNonRoot; k8s/cronjob.yaml runs as the same uid.
USER 65532:65532
# Exec form: java is PID 1, receives SIGTERM, and its exit code (0, 1, 2, 3) is the container's.
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
