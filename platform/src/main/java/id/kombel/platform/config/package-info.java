/** Defaults every Kombel service starts from; a service's own {@code application.yml} overrides them. */
@NullMarked
package id.kombel.platform.config;

import org.jspecify.annotations.NullMarked;
