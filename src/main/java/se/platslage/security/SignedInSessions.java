package se.platslage.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sign-ins when their password changes or their account is disabled (issue 17): the browser
 * sessions in the database, on every node, and this node's verified Basic credentials.
 */
@Component
class SignedInSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final VerifiedCredentials verified;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions, VerifiedCredentials verified) {
        this.sessions = sessions;
        this.verified = verified;
    }

    /** Ends every session of {@code username} but {@code keep} (the one that changed the password; may be null). */
    void endAllBut(String username, String keep) {
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
            }
        }
        verified.forget(username);
    }
}
