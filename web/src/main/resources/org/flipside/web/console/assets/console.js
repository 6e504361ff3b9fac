// The console's shared helpers: calls to its JSON API (with the page's CSRF token) and safe text output.
'use strict';

const Console = (() => {
  const API = '/flipside/console/api/';

  function csrfToken() {
    const cookie = document.cookie.split('; ').find((entry) => entry.startsWith('flipside-csrf='));
    return cookie ? cookie.substring('flipside-csrf='.length) : '';
  }

  /** Calls the API; resolves to {status, body}. A request nobody is signed in for goes to the sign-in page. */
  async function api(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (method !== 'GET') {
      headers['X-Flipside-CSRF'] = csrfToken();
    }
    const response = await fetch(API + path, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body)
    });
    const reply = { status: response.status, body: response.status === 204 ? null : await response.json() };
    if (reply.status === 401 && reply.body.signIn) {
      window.location.assign(reply.body.signIn);
    }
    return reply;
  }

  /** An element with text content only: whatever the text holds is never read as markup. */
  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function date(iso) {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(iso));
  }

  async function showWho() {
    const me = await api('GET', 'me');
    if (me.status === 200) {
      document.getElementById('who').textContent = 'Signed in as ' + me.body.employeeId;
    }
  }

  const STAGES = {
    PILOT_SCOPING: 'Pilot scoping', RECRUITMENT: 'Recruitment', MATCHING: 'Matching',
    KICK_OFF_WORKSHOPS: 'Kick-off workshops', SESSIONS: 'Sessions', EVALUATION: 'Evaluation', ROLLOUT: 'Rollout',
    CLOSED: 'Closed', CANCELLED: 'Cancelled'
  };

  function stage(name) {
    return STAGES[name] || name;
  }

  return { api, element, date, stage, showWho };
})();
