package id.kombel.learning.registration;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the sweep that settles registrations left pending. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RegistrationConfiguration {}
