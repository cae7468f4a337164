package id.kombel.learning.insights;

import java.time.LocalDate;

/**
 * One part of learning-service's insights on a region, computed for the days {@code from} to {@code
 * to} (both included, in the region's time zone). Each feature contributes its own part as a bean;
 * the answer holds every part under its {@link #name()}.
 */
public interface RegionInsightsPart {

    String name();

    Object compute(String regionId, LocalDate from, LocalDate to);
}
