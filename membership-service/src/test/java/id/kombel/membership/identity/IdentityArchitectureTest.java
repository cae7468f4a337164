package id.kombel.membership.identity;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.kombel.membership.member.MemberAccount;
import id.kombel.membership.member.MemberAccounts;
import org.junit.jupiter.api.Test;

/**
 * Members know nothing of tokens: identity signs members in through {@code MemberAccounts}, never
 * the other way round, so the two can change (or be split) independently.
 */
class IdentityArchitectureTest {

    static final JavaClasses membership = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.kombel.membership");

    @Test
    void membersDoNotDependOnIdentity() {
        noClasses()
                .that()
                .resideInAPackage("id.kombel.membership.member..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("id.kombel.membership.identity..")
                .check(membership);
    }

    @Test
    void identityUsesMembersOnlyThroughTheirAccounts() {
        classes()
                .that()
                .resideInAPackage("id.kombel.membership.identity..")
                .should()
                .onlyDependOnClassesThat(resideOutsideOfPackage("id.kombel.membership.member..")
                        .or(belongToAnyOf(MemberAccounts.class, MemberAccount.class)))
                .check(membership);
    }
}
