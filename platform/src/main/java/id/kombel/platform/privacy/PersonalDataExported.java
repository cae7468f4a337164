package id.kombel.platform.privacy;

import id.kombel.platform.events.EventType;
import java.util.Map;

/**
 * One service's part of a member's export: {@code data} maps each contributor's name to what it
 * holds about the member.
 */
@EventType("PersonalDataExported")
public record PersonalDataExported(String requestId, String memberId, String service, Map<String, Object> data) {}
