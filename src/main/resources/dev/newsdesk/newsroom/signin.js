// The newsroom's sign-in with the editors' identity provider: its hosted login, by authorization code with PKCE
// (S256) and no secret, since the page is public code. The settings come from newsroom/config.json; the endpoints
// from it or from the issuer's OpenID Connect discovery. Tokens are kept in this tab only (sessionStorage).
'use strict';

window.newsdeskSignIn = (() => {
  const TOKEN = 'newsdesk.editor-token';
  const UNDER_WAY = 'newsdesk.sign-in'; // { state, verifier } of the sign-in the provider will answer
  const API = new URL('.', location.href);
  const pageAddress = () => location.origin + location.pathname;

  let config = null; // the hosted login's settings; null: a pasted token is the only way in
  let endpoints = null;

  const base64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

  function randomText(bytes) {
    const buffer = new Uint8Array(bytes);
    crypto.getRandomValues(buffer);
    return base64url(buffer);
  }

  async function json(response, what) {
    let body = {};
    try {
      body = await response.json();
    } catch (notJson) {
      // the status says enough
    }
    if (!response.ok) {
      throw new Error(`${what}: ${body.error_description || body.detail || body.error || `HTTP ${response.status}`}`);
    }
    return body;
  }

  async function loadConfig() {
    const response = await fetch(new URL('newsroom/config.json', API), { cache: 'no-cache' });
    config = (await json(response, 'the sign-in settings did not load')).signIn || null;
  }

  /** The provider's authorize and token endpoints: configured, or from its discovery document. */
  async function discover() {
    if (endpoints) return endpoints;
    let doc = {};
    if (!config.authorizationEndpoint || !config.tokenEndpoint) {
      const issuer = config.issuer.replace(/\/$/, '');
      let response;
      try {
        response = await fetch(`${issuer}/.well-known/openid-configuration`);
      } catch (offline) {
        throw new Error(`the sign-in provider ${issuer} did not answer`);
      }
      doc = await json(response, 'the sign-in provider\'s discovery failed');
      if (String(doc.issuer).replace(/\/$/, '') !== issuer) {
        throw new Error('the sign-in provider\'s discovery names another issuer');
      }
    }
    endpoints = {
      authorize: config.authorizationEndpoint || doc.authorization_endpoint,
      token: config.tokenEndpoint || doc.token_endpoint,
    };
    return endpoints;
  }

  /** Sends the browser to the provider's login, which sends it back here with a code. */
  async function signIn() {
    const { authorize } = await discover();
    const verifier = randomText(32); // 43 characters, RFC 7636's minimum
    const state = randomText(16);
    const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    sessionStorage.setItem(UNDER_WAY, JSON.stringify({ state, verifier }));
    const url = new URL(authorize);
    url.search = new URLSearchParams({
      response_type: 'code', client_id: config.clientId, redirect_uri: pageAddress(), scope: config.scopes,
      state, code_challenge: challenge, code_challenge_method: 'S256',
    }).toString();
    location.assign(url.href);
  }

  /** Back from the provider: the code exchanged for a token. Throws why not; does nothing on a plain visit. */
  async function finish() {
    const params = new URLSearchParams(location.search);
    if (!params.has('code') && !params.has('error')) return;
    if (!config) throw new Error('this API names no sign-in provider: paste a token instead');
    history.replaceState(null, '', pageAddress()); // the code is spent either way: out of the address and history
    const underWay = JSON.parse(sessionStorage.getItem(UNDER_WAY) || 'null');
    sessionStorage.removeItem(UNDER_WAY);
    if (!underWay || params.get('state') !== underWay.state) {
      throw new Error('this sign-in was not started by this page (its state does not match): sign in again');
    }
    if (params.has('error')) {
      throw new Error(`the provider refused: ${params.get('error_description') || params.get('error')}`);
    }
    const { token } = await discover();
    const response = await fetch(token, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code', code: params.get('code'), redirect_uri: pageAddress(),
        client_id: config.clientId, code_verifier: underWay.verifier,
      }),
    }).catch(() => { throw new Error('the sign-in provider did not answer'); });
    const tokens = await json(response, 'the provider did not sign you in');
    if (!tokens.access_token) throw new Error('the provider answered without a token');
    sessionStorage.setItem(TOKEN, tokens.access_token);
  }

  /** Forgets the token; with a provider that has a logout endpoint, ends its session too. */
  function signOut() {
    sessionStorage.removeItem(TOKEN);
    if (config && config.logoutEndpoint) {
      const url = new URL(config.logoutEndpoint);
      url.search = new URLSearchParams({ client_id: config.clientId, logout_uri: pageAddress() }).toString();
      location.assign(url.href);
    }
  }

  return {
    /**
     * Settled once the settings are read and a return from the provider is handled; rejects with why the sign-in
     * failed. Settings that do not load leave a pasted token as the way in (the routes may be open anyway).
     */
    ready: loadConfig().catch(() => { config = null; }).then(finish),
    /** Whether the provider's hosted login is offered (else only a pasted token). */
    hosted: () => config !== null,
    token: () => sessionStorage.getItem(TOKEN),
    useToken: (token) => sessionStorage.setItem(TOKEN, token),
    forget: () => sessionStorage.removeItem(TOKEN),
    signIn,
    signOut,
  };
})();
