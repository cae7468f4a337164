package id.kombel.learning.insights;

import java.time.LocalDate;

/**
 * One named part of learning-service's region insights answer; the insights controller assembles
 * every bean implementing it into one JSON object keyed by {@link #name()}.
 */
public interface RegionInsightsPart {

    String name();

    Object compute(String regionId, LocalDate from, LocalDate to);
}
