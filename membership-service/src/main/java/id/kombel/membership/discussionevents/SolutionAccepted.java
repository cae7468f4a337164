package id.kombel.membership.discussionevents;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** A solution was accepted. Who accepted it is deliberately not read (see the package). */
@EventType("SolutionAccepted")
public record SolutionAccepted(
        String solutionId, String problemId, String communityId, String solutionAuthorId, Instant acceptedAt) {}
