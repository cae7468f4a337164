package id.kombel.membership.identity;

import id.kombel.membership.member.MemberAccounts;
import id.kombel.platform.web.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first platform admin from {@code kombel.identity.bootstrap-admin} (env
 * {@code KOMBEL_ADMIN_EMAIL}, {@code KOMBEL_ADMIN_PASSWORD}) when it does not exist. Without that
 * configuration nobody is created: a platform with no admin is safe, one with a default password is
 * not. A configured password that breaks the password rules stops the start.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final MemberAccounts accounts;
    private final IdentityProperties.BootstrapAdmin settings;

    BootstrapAdmin(MemberAccounts accounts, IdentityProperties properties) {
        this.accounts = accounts;
        this.settings = properties.bootstrapAdmin();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.configured()) {
            log.info(
                    "No bootstrap platform admin configured (KOMBEL_ADMIN_EMAIL, KOMBEL_ADMIN_PASSWORD): none created");
            return;
        }
        MemberAccounts.BootstrapOutcome outcome;
        try {
            outcome = accounts.bootstrapPlatformAdmin(settings.email(), settings.password(), settings.name());
        } catch (RuleViolationException weak) {
            throw new IllegalStateException(
                    "kombel.identity.bootstrap-admin.password breaks the password rules: " + weak.getMessage(), weak);
        }
        switch (outcome) {
            case CREATED -> log.info("Bootstrap platform admin {} created", settings.email());
            case ALREADY_THERE -> log.debug("Bootstrap platform admin {} exists", settings.email());
            case EMAIL_TAKEN ->
                log.warn(
                        "Bootstrap platform admin {} not created: a member who is not a platform admin holds that"
                                + " email, and is not promoted",
                        settings.email());
        }
    }
}
