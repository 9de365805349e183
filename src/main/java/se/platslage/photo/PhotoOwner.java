package se.platslage.photo;

/**
 * The record a photo belongs to, as the photo feature sees it.
 *
 * @param type       {@code follow-up} or {@code observation} (a {@link PhotoAccess#ownerType()})
 * @param id         that record's id
 * @param restricted whether the record is police-only; its photos are then police-only too
 */
public record PhotoOwner(String type, long id, boolean restricted) {
}
