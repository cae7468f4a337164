package id.kombel.discussion.trial;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The follow-up sweep runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TrialScheduling {}
