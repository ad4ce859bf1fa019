// Sign-in for the office dashboard: OAuth 2.0 authorization code + PKCE against the platform's OpenIddict server
// (client "cityos-office"). The access token lives in sessionStorage only, so it ends with the tab.
window.OfficeAuth = (() => {
  'use strict';
  const CLIENT = 'cityos-office';
  const KEY = 'cityos.office.token';
  const redirectUri = () => `${location.origin}/office/`;
  const b64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const random = () => b64url(crypto.getRandomValues(new Uint8Array(32)));

  function token() {
    const saved = JSON.parse(sessionStorage.getItem(KEY) || 'null');
    return saved && saved.expiresAt > Date.now() ? saved.accessToken : null;
  }

  async function signIn() {
    const verifier = random();
    const stateValue = random();
    sessionStorage.setItem(`${KEY}.pkce`, JSON.stringify({ verifier, state: stateValue }));
    const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    const query = new URLSearchParams({
      response_type: 'code', client_id: CLIENT, redirect_uri: redirectUri(), scope: 'openid profile roles',
      code_challenge: challenge, code_challenge_method: 'S256', state: stateValue,
    });
    location.assign(`/connect/authorize?${query}`);
  }

  /** Completes a sign-in when the server redirected back with a code; returns true when a token is at hand. */
  async function complete() {
    const params = new URLSearchParams(location.search);
    const code = params.get('code');
    if (!code) return token() !== null;
    const pkce = JSON.parse(sessionStorage.getItem(`${KEY}.pkce`) || 'null');
    sessionStorage.removeItem(`${KEY}.pkce`);
    history.replaceState(null, '', '/office/');
    if (!pkce || pkce.state !== params.get('state')) return false;
    const response = await fetch('/connect/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri(), client_id: CLIENT, code_verifier: pkce.verifier }),
    });
    if (!response.ok) return false;
    const body = await response.json();
    sessionStorage.setItem(KEY, JSON.stringify({ accessToken: body.access_token, expiresAt: Date.now() + (body.expires_in || 3600) * 1000 - 30000 }));
    return true;
  }

  function signOut() { sessionStorage.removeItem(KEY); }

  /** The roles the (signed, unencrypted) access token names: only to hide buttons; the server decides. */
  function roles() {
    try {
      const payload = JSON.parse(atob(token().split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
      return [].concat(payload.role || []);
    } catch { return []; }
  }

  return { token, signIn, complete, signOut, roles };
})();
