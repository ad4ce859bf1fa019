// Resident companion app: sign-in with authorization code + PKCE at the Gateway, then the resident's own
// consents and data tracker from Consent. No framework, no CDN: the city network may have no internet.
// The other sections (evacuation, rides, children) live in their own files and register with `cityApp`.
'use strict';

const client = 'cityos-app';
const redirect = location.origin + '/app/';
const state = { lang: localStorage.getItem('lang') || 'ja', token: sessionStorage.getItem('token'), me: null, person: null, purposes: null };

const t = (ja, en) => (state.lang === 'en' ? en : ja);
const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) node.append(child);
  return node;
};

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll('[data-ja]').forEach((n) => { n.textContent = state.lang === 'en' ? n.dataset.en : n.dataset.ja; });
  $('lang').textContent = state.lang === 'en' ? '日本語' : 'English';
  $('lang').setAttribute('aria-pressed', String(state.lang === 'en'));
}

function say(message) { $('status').textContent = message; }

const base64Url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

async function signIn() {
  const verifier = base64Url(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const nonce = base64Url(crypto.getRandomValues(new Uint8Array(16)));
  sessionStorage.setItem('pkce', JSON.stringify({ verifier, nonce }));
  const query = new URLSearchParams({ client_id: client, response_type: 'code', redirect_uri: redirect, scope: 'openid profile roles', state: nonce, code_challenge: challenge, code_challenge_method: 'S256', ui_locales: state.lang });
  location.assign('/connect/authorize?' + query);
}

async function finishSignIn() {
  const params = new URLSearchParams(location.search);
  const saved = JSON.parse(sessionStorage.getItem('pkce') || 'null');
  if (!params.has('code') || !saved || params.get('state') !== saved.nonce) return;
  sessionStorage.removeItem('pkce');
  history.replaceState(null, '', '/app/');
  const response = await fetch('/connect/token', {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: client, code: params.get('code'), redirect_uri: redirect, code_verifier: saved.verifier }),
  });
  if (!response.ok) { say(t('サインインできませんでした。', 'Sign-in failed.')); return; }
  state.token = (await response.json()).access_token;
  sessionStorage.setItem('token', state.token);
}

async function api(path, options = {}) {
  const response = await fetch(path, { ...options, headers: { ...(options.body ? { 'Content-Type': 'application/json' } : {}), Authorization: 'Bearer ' + state.token } });
  if (response.status === 401) { signOut(); throw new Error(t('もう一度サインインしてください。', 'Please sign in again.')); }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.title || response.statusText);
  }
  return response.status === 204 ? null : response.json();
}

function signOut() {
  sessionStorage.removeItem('token');
  state.token = null;
  render();
}

const date = (value) => new Date(value).toLocaleDateString(state.lang === 'en' ? 'en-GB' : 'ja-JP', { year: 'numeric', month: 'long', day: 'numeric' });
const time = (value) => new Date(value).toLocaleString(state.lang === 'en' ? 'en-GB' : 'ja-JP');
const recipientName = (r) => ({ mobility: t('交通（デマンドタクシー）', 'Mobility (demand taxi)'), disaster: t('防災', 'Disaster prevention'), childcare: t('子育て', 'Childcare'), supporters: t('避難支援者（民生委員など）', 'Evacuation supporters (welfare volunteers)') }[r] || r.replace('partner:', t('協力事業者：', 'Partner: ')));
const categoryList = (categories) => el('ul', {}, ...categories.map((c) => el('li', { textContent: t(c.ja, c.en) })));

// The person shown: the signed-in resident, or someone they act for through a recorded relationship.
const personShown = () => (state.me?.self?.residentId === state.person ? state.me.self : state.me?.actingFor.find((p) => p.residentId === state.person));

function personOptions() {
  const select = $('person');
  select.replaceChildren();
  const people = [];
  if (state.me.self) people.push({ ...state.me.self, own: true });
  for (const p of state.me.actingFor) people.push(p);
  for (const p of people) {
    select.append(el('option', { value: p.residentId, textContent: p.own ? t('自分', 'Myself') + '（' + p.name + '）' : p.name + t(' さん（代理）', ' (acting for)') }));
  }
  if (!people.some((p) => p.residentId === state.person)) state.person = people[0]?.residentId ?? null;
  select.value = state.person ?? '';
  const acting = state.me.actingFor.find((p) => p.residentId === state.person);
  $('acting').hidden = !acting;
  if (acting) {
    const relation = { Family: t('家族', 'family member'), CareManager: t('ケアマネジャー', 'care manager'), Counter: t('窓口職員', 'counter staff') }[acting.relationship] || acting.relationship;
    $('acting').textContent = t(`${acting.name} さんの代理として操作しています（${relation}として登録済み）。`, `You are acting for ${acting.name} (recorded as ${relation}).`);
  }
}

async function loadConsents() {
  const taken = turn();
  const [purposes, consents] = await Promise.all([
    state.purposes ?? api('/api/consent/v1/purposes'),
    api(`/api/consent/v1/residents/${state.person}/consents`),
  ]);
  if (superseded(taken)) return;
  state.purposes = purposes;
  const list = $('consents');
  list.replaceChildren();
  for (const purpose of purposes.purposes) {
    const consent = consents.find((c) => c.purposeId === purpose.id && c.state === 'Active');
    const categories = purpose.categories.map((id) => purposes.categories.find((c) => c.id === id) ?? { ja: id, en: id });
    const heading = el('h3', { textContent: t(purpose.ja, purpose.en) });
    const facts = el('dl', {},
      el('dt', { textContent: t('渡すデータ', 'What') }), el('dd', {}, categoryList(categories)),
      el('dt', { textContent: t('渡す相手', 'To whom') }), el('dd', { textContent: purpose.recipients.map(recipientName).join('、') }),
      el('dt', { textContent: t('目的', 'Why') }), el('dd', { textContent: t(purpose.ja, purpose.en) }),
      el('dt', { textContent: t('期限', 'Until') }), el('dd', { textContent: consent ? date(consent.validUntil) : t(`同意してから${purpose.retentionDays}日`, `${purpose.retentionDays} days after consenting`) }));
    const status = el('span', { className: 'state' + (consent ? ' active' : ''), textContent: consent ? t('同意しています', 'Consented') : t('同意していません', 'Not consented') });
    const button = consent
      ? el('button', { type: 'button', className: 'danger', textContent: t('同意を取り消す', 'Withdraw consent') })
      : el('button', { type: 'button', className: 'primary', textContent: t('同意する', 'Give consent') });
    button.setAttribute('aria-describedby', `purpose-${purpose.id}`);
    heading.id = `purpose-${purpose.id}`;
    button.addEventListener('click', () => (consent ? withdraw(consent) : grant(purpose)));
    list.append(el('li', {}, heading, status, facts, button));
  }
}

// How the change was made, as the consent record keeps it: by the resident, by a recorded proxy, or at the counter.
const proxyInfo = () => {
  const acting = state.me.actingFor.find((p) => p.residentId === state.person);
  if (!acting) return { method: 'App' };
  if (acting.relationship === 'Counter') return { method: 'CounterWithStaff' };
  return { method: 'Proxy', proxy: { name: state.me.self?.name ?? '-', relationship: acting.relationship === 'CareManager' ? 'CareManager' : 'Family', proxyResidentId: state.me.self?.residentId } };
};

async function grant(purpose) {
  await act(() => api(`/api/consent/v1/residents/${state.person}/consents`, { method: 'POST', body: JSON.stringify({ purposeId: purpose.id, noticeVersion: state.purposes.version, ...proxyInfo() }) }),
    t('同意しました。', 'Consent given.'));
}

async function withdraw(consent) {
  await act(() => api(`/api/consent/v1/residents/${state.person}/consents/${consent.id}/withdraw`, { method: 'POST', body: JSON.stringify({ expectedVersion: consent.version, ...proxyInfo() }) }),
    t('同意を取り消しました。', 'Consent withdrawn.'));
}

// One user action: the call, then what to say (text, or made from the answer) and what to reload. A failure is
// said on the status line, never thrown at the page. Sections pass their own reload; consents reload with the tracker.
async function act(call, done, reload = () => Promise.all([loadConsents(), loadTracker()])) {
  try {
    const answer = await call();
    say(typeof done === 'function' ? done(answer) : done);
    await reload();
  } catch (error) {
    say(error.message);
  }
}

async function loadTracker() {
  const taken = turn();
  const entries = await api(`/api/consent/v1/residents/${state.person}/ledger`);
  if (superseded(taken)) return;
  const kinds = { disclosure: t('データを渡しました', 'Data shared'), 'break-glass': t('緊急時の利用', 'Emergency use'), 'consent-given': t('同意しました', 'Consent given'), 'consent-renewed': t('同意を更新しました', 'Consent renewed'), 'consent-withdrawn': t('同意を取り消しました', 'Consent withdrawn'), 'consent-expired': t('同意の期限が切れました', 'Consent expired') };
  const list = $('tracker');
  list.replaceChildren();
  if (entries.length === 0) list.append(el('li', { textContent: t('まだ記録はありません。', 'Nothing recorded yet.') }));
  for (const entry of [...entries].reverse()) {
    const title = el('h3', { textContent: kinds[entry.kind] || entry.kind });
    if (entry.breakGlass) title.append(' ', el('span', { className: 'badge', textContent: t('緊急', 'Emergency') }));
    const facts = el('dl', {},
      el('dt', { textContent: t('いつ', 'When') }), el('dd', { textContent: time(entry.at) }),
      el('dt', { textContent: t('何のため', 'Why') }), el('dd', { textContent: t(entry.purposeJa, entry.purposeEn) }));
    if (entry.recipient) facts.append(el('dt', { textContent: t('だれが', 'Who') }), el('dd', { textContent: recipientName(entry.recipient) }));
    if (entry.categories.length) facts.append(el('dt', { textContent: t('どのデータ', 'What') }), el('dd', {}, categoryList(entry.categories)));
    list.append(el('li', { className: 'entry-' + entry.kind }, title, facts));
  }
}

// One section failing (its service down) must not blank the others: each reports into its own area.
async function loadSection(section) {
  try {
    await section.load();
  } catch (error) {
    section.fail(error.message);
  }
}

// Every render takes a turn. A load that answers after a newer render began (the person shown changed meanwhile)
// is dropped: a slow answer for the previous person must not overwrite the screen of the one now shown.
let turns = 0;
const turn = () => turns;
const superseded = (taken) => taken !== turns;

async function render() {
  const taken = ++turns;
  applyLanguage();
  const signedIn = Boolean(state.token);
  $('signed-out').hidden = signedIn;
  $('signed-in').hidden = !signedIn;
  if (!signedIn) return;
  try {
    const me = await api('/api/consent/v1/me');
    if (superseded(taken)) return;
    state.me = me;
    personOptions();
    if (state.person) await Promise.all([loadConsents(), loadTracker(), ...cityApp.sections.map(loadSection)]);
  } catch (error) {
    say(error.message);
  }
}

// Named places (the open bus-stop list, which every resident knows by name) stand in for coordinates, so nobody
// types a latitude or gives an address: rides use them for pick-up and drop-off, family support for "near home".
let placeList = null;
async function places() {
  if (placeList) return placeList;
  const stops = await api('/api/mobility/v1/stops');
  const all = stops.filter((s) => s.locationType === 0).map((s) => ({ id: s.stopId, name: s.name, nameEn: s.nameEn, lat: s.lat, lon: s.lon }));
  // Platforms of one station share a name: keep one entry per name.
  placeList = all.filter((p, i) => all.findIndex((q) => q.name === p.name) === i);
  return placeList;
}

function placeSelect(id, text) {
  return [
    el('label', { htmlFor: id, textContent: text }),
    el('select', { id, required: true }, el('option', { value: '', textContent: t('選んでください', 'Choose') }),
      ...placeList.map((p) => el('option', { value: p.id, textContent: p.nameEn ? t(p.name, p.nameEn) : p.name }))),
  ];
}

// What section scripts share: state, texts, elements, the signed-in API call, the status line and named places.
const cityApp = { state, t, el, $, api, say, act, turn, superseded, personShown, date, time, places, placeSelect, place: (id) => placeList?.find((p) => p.id === id), sections: [] };
window.cityApp = cityApp;

document.addEventListener('DOMContentLoaded', async () => {
  if (localStorage.getItem('large') === '1') document.documentElement.classList.add('large');
  $('large').setAttribute('aria-pressed', String(document.documentElement.classList.contains('large')));
  $('lang').addEventListener('click', () => { state.lang = state.lang === 'en' ? 'ja' : 'en'; localStorage.setItem('lang', state.lang); render(); });
  $('large').addEventListener('click', () => {
    const on = document.documentElement.classList.toggle('large');
    localStorage.setItem('large', on ? '1' : '0');
    $('large').setAttribute('aria-pressed', String(on));
  });
  $('sign-in').addEventListener('click', signIn);
  $('sign-out').addEventListener('click', signOut);
  $('person').addEventListener('change', () => { state.person = $('person').value; render(); });
  await finishSignIn();
  await render();
});
