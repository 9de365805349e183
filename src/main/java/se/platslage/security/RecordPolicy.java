package se.platslage.security;

import java.util.List;

/**
 * Who may do what to one kind of record. The one place such a rule is written: the services call
 * {@link #require} before they change anything, and the same {@link #allows} fills the record's
 * {@code "actions"} in every answer, so what the page offers is what the server accepts.
 *
 * @param <T> the record (entity) kind
 */
public abstract class RecordPolicy<T> {

    private final List<Action> applicable;

    /** @param applicable the actions that exist for this kind of record, in the order the API lists them */
    protected RecordPolicy(Action... applicable) {
        this.applicable = List.of(applicable);
    }

    /** Whether the actor may take the action on the record; false for an action this kind does not have. */
    public abstract boolean allows(Actor actor, T record, Action action);

    /** The 403's reason when {@link #allows} says no: who may, in words. */
    protected abstract String whoMay(Action action);

    /** The codes of the actions the actor may take on the record, for the record's {@code "actions"}. */
    public List<String> actions(Actor actor, T record) {
        return applicable.stream().filter(a -> allows(actor, record, a)).map(Action::code).toList();
    }

    /** Throws a 403 naming who may, unless the actor may take the action. */
    public void require(Actor actor, T record, Action action) {
        Permissions.require(applicable.contains(action) && allows(actor, record, action), whoMay(action));
    }
}
