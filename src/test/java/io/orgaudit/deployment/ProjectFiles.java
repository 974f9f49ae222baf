package io.orgaudit.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;

/** Files of the project checkout the deployment tests compare: k8s/, jobs/, pom.xml, Dockerfile. */
final class ProjectFiles {

    static final Path ROOT = findRoot();
    static final Path K8S = ROOT.resolve("k8s");
    static final Path IAM = K8S.resolve("iam");
    static final Path JOBS = ROOT.resolve("jobs");

    private ProjectFiles() {
    }

    /** The files of a folder (not its subfolders) whose names end with one of the suffixes, sorted. */
    static List<Path> filesIn(Path folder, String... suffixes) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> Stream.of(suffixes).anyMatch(file.getFileName().toString()::endsWith))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value from pom.xml by XPath (the POM namespace ignored), e.g. {@code /project/properties/image.name}. */
    static String pom(String xpath) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            Document pom = factory.newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile());
            return XPathFactory.newInstance().newXPath().evaluate(xpath, pom).strip();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + xpath + " from pom.xml", e);
        }
    }

    private static Path findRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("k8s"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no project root (pom.xml and k8s/) above " + Path.of("").toAbsolutePath());
    }
}
