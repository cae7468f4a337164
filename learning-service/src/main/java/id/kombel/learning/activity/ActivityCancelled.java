package id.kombel.learning.activity;

import id.kombel.platform.events.EventType;

/**
 * An activity was called off. Its registrants are told one by one: each registration raises its own
 * {@code RegistrationCancelled}, so this event never carries an unbounded list.
 */
@EventType("ActivityCancelled")
public record ActivityCancelled(String activityId, String communityId, String regionId, String title, String reason) {}
