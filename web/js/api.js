// The one place the page talks to the server: same-origin JSON with the session cookie, the CSRF token
// for changes, and a redirect to the login page when the session has ended.

export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

export async function api(url, { method = 'GET', body, headers = {} } = {}) {
  const init = {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', ...headers },
  };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  if (method !== 'GET') {
    init.headers['X-XSRF-TOKEN'] = csrfToken() ?? '';
  }
  const response = await fetch(url, init);
  if (response.status === 401) {
    window.location.assign('/login.html');
    throw new Error('not signed in');
  }
  const data = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(data?.detail ?? `${response.status} ${response.statusText}`);
    error.problem = data;
    throw error;
  }
  return data;
}
