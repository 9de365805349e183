// The login page: carries the CSRF token into the form and says why a sign-in failed.
import { csrfToken } from './api.js';

// First, before anything is awaited: a sign-in sent while the status loads must carry the token too.
document.getElementById('login-form').addEventListener('submit', () => {
  document.getElementById('csrf').value = csrfToken() ?? '';
});

const params = new URLSearchParams(window.location.search);
const message = document.getElementById('message');
const messages = {
  // the same for a wrong password, an unknown account and too many attempts (the server does not tell them apart)
  error: 'Fel användarnamn eller lösenord, eller för många försök: vänta en stund och försök igen.',
  logout: 'Du är utloggad.',
};
for (const [key, text] of Object.entries(messages)) {
  if (params.has(key)) {
    message.textContent = text;
    message.hidden = false;
  }
}

const status = await fetch('/api/status').then((r) => (r.ok ? r.json() : {})).catch(() => ({}));
document.getElementById('demo-warning').hidden = !status.demoMode;

// Single sign-on providers configured on the server (OpenID Connect), offered beside the local login.
const sso = document.getElementById('sso');
for (const provider of status.sso ?? []) {
  const link = document.createElement('a');
  link.href = provider.url;
  link.className = 'sso-button';
  link.textContent = `Logga in med ${provider.name}`;
  sso.append(link);
  sso.hidden = false;
}

