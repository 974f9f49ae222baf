package io.orgaudit.deployment;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The IAM actions orgaudit's compiled code calls, read from the byte code: every call of an AWS SDK service client
 * method ({@code OrganizationsClient.listAccountsPaginator} is organizations:ListAccounts), and sts:AssumeRole
 * for the assume-role credentials provider. So a new SDK call without a matching policy line fails a test.
 */
final class SdkCalls {

    /** IAM service prefix by SDK package (software.amazon.awssdk.services.<package>). */
    private static final Map<String, String> IAM_PREFIX = Map.of("organizations", "organizations", "sts", "sts",
            "cloudtrail", "cloudtrail", "cloudwatchlogs", "logs", "cloudwatch", "cloudwatch", "sns", "sns",
            "account", "account", "s3", "s3");
    /** Client methods that are not API calls. */
    private static final Set<String> NOT_OPERATIONS = Set.of("builder", "create", "close", "serviceName",
            "serviceClientConfiguration", "utilities", "waiter");
    private static final String SERVICES = "software.amazon.awssdk.services.";

    private SdkCalls() {
    }

    static Set<String> actionsCalledByTheCode() {
        JavaClasses classes = importOrgaudit();
        Set<String> actions = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            javaClass.getMethodCallsFromSelf().forEach(call -> action(call.getTarget()).ifPresent(actions::add));
            javaClass.getMethodReferencesFromSelf().forEach(ref -> action(ref.getTarget()).ifPresent(actions::add));
            javaClass.getDirectDependenciesFromSelf().stream()
                    .filter(dependency -> dependency.getTargetClass().getName()
                            .equals("software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider"))
                    .findAny().ifPresent(dependency -> actions.add("sts:AssumeRole"));
        }
        return actions;
    }

    /** Only orgaudit's classes: the SDK's are known by name alone, which keeps the import fast. */
    private static JavaClasses importOrgaudit() {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("io.orgaudit");
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolving);
        }
    }

    /** A call of a synchronous service client (e.g. OrganizationsClient), as an IAM action. */
    private static Optional<String> action(AccessTarget target) {
        JavaClass owner = target.getOwner();
        String pkg = owner.getPackageName();
        if (!pkg.startsWith(SERVICES) || !owner.getSimpleName().endsWith("Client") || owner.getSimpleName().endsWith("AsyncClient")
                || NOT_OPERATIONS.contains(target.getName())) {
            return Optional.empty();
        }
        String service = pkg.substring(SERVICES.length());
        String prefix = IAM_PREFIX.get(service);
        if (prefix == null) {
            throw new AssertionError("orgaudit calls " + owner.getName() + "." + target.getName()
                    + "; add the IAM prefix of SDK package '" + service + "' to SdkCalls");
        }
        String operation = target.getName().replaceFirst("Paginator$", "");
        return Optional.of(prefix + ":" + Character.toUpperCase(operation.charAt(0)) + operation.substring(1));
    }
}
