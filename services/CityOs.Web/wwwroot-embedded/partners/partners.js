"use strict";
// The partner console: a partner signs in with its client credentials and sees its own subscriptions,
// webhooks and dead letters. The token stays in this tab only (sessionStorage).
let lang = localStorage.getItem("lang") || "ja";
const t = (ja, en) => (lang === "ja" ? ja : en);
const state = { subscriptions: [], webhooks: [], deadLetters: [], refused: false };

function session() {
  try { return JSON.parse(sessionStorage.getItem("cityos-partner") || "null"); } catch { return null; }
}

function viewedClient(me) {
  // A console link may name a client; the API decides whether this partner may see it.
  return new URLSearchParams(location.search).get("client") || me;
}

function applyLang() {
  document.documentElement.lang = lang;
  document.querySelectorAll("[data-ja]").forEach(el => { el.textContent = el.dataset[lang]; });
  const btn = document.getElementById("lang");
  btn.textContent = lang === "ja" ? "English" : "日本語";
  btn.setAttribute("aria-pressed", String(lang === "en"));
  render();
}

function cells(row, values) {
  values.forEach(v => {
    const td = document.createElement("td");
    if (v instanceof Node) td.appendChild(v); else td.textContent = v;
    row.appendChild(td);
  });
  return row;
}

function fill(id, items, toCells) {
  document.querySelector(`#${id} tbody`).replaceChildren(...items.map(i => cells(document.createElement("tr"), toCells(i))));
}

function render() {
  const s = session();
  document.getElementById("signin").hidden = !!s;
  document.getElementById("console").hidden = !s;
  if (!s) return;
  document.getElementById("me").textContent = s.clientId;
  document.getElementById("viewing").textContent = viewedClient(s.clientId);
  const refused = document.getElementById("refused");
  refused.hidden = !state.refused;
  refused.textContent = t("アクセスできません。他の事業者の設定は表示できません。", "Access refused. You cannot see another partner's settings.");
  fill("subscriptions", state.subscriptions, x => [x.id, x.entities.map(e => e.type).join(", "), x.notification.endpoint.uri]);
  fill("webhooks", state.webhooks, w => [w.id, w.url, w.events.join(", "), w.space === "sandbox" ? t("サンドボックス", "sandbox") : t("本番", "city")]);
  fill("dead-letters", state.deadLetters, d => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = t("再送", "Redeliver");
    button.addEventListener("click", () => redeliver(d.id));
    return [d.event, String(d.attempts), d.lastStatus ? `HTTP ${d.lastStatus}` : (d.lastError || "—"), new Date(d.deadAt).toLocaleString(lang), button];
  });
}

function showError(message) {
  const el = document.getElementById("error");
  el.hidden = !message;
  el.textContent = message || "";
}

async function api(path, options = {}) {
  const s = session();
  const response = await fetch(path, { ...options, headers: { ...(options.headers || {}), Authorization: `Bearer ${s.token}` } });
  if (response.status === 401) { sessionStorage.removeItem("cityos-partner"); render(); }
  return response;
}

async function load() {
  const s = session();
  if (!s) return;
  const client = encodeURIComponent(viewedClient(s.clientId));
  state.refused = false;
  showError("");
  const [hooks, letters] = await Promise.all([api(`/api/partners/v1/clients/${client}/webhooks`), api(`/api/partners/v1/clients/${client}/dead-letters`)]);
  if (hooks.status === 403 || letters.status === 403) {
    state.refused = true;
    state.webhooks = [];
    state.deadLetters = [];
    state.subscriptions = [];
  } else if (hooks.ok && letters.ok) {
    state.webhooks = await hooks.json();
    state.deadLetters = await letters.json();
    const subs = await api("/ngsi-ld/v1/subscriptions", { headers: { Accept: "application/json" } });
    state.subscriptions = subs.ok ? await subs.json() : [];
  } else {
    showError(t("読み込めませんでした。しばらくしてからもう一度お試しください。", "Could not load. Please try again shortly."));
  }
  render();
}

async function redeliver(id) {
  const s = session();
  const r = await api(`/api/partners/v1/clients/${encodeURIComponent(s.clientId)}/dead-letters/${encodeURIComponent(id)}/redeliver`, { method: "POST" });
  showError(r.ok ? "" : t("再送できませんでした。受信側を確認してください。", "Redelivery failed. Check your endpoint."));
  await load();
}

document.getElementById("signin-form").addEventListener("submit", async e => {
  e.preventDefault();
  const form = new FormData(e.target);
  const ask = scope => fetch("/connect/token", { method: "POST", body: new URLSearchParams({ grant_type: "client_credentials", client_id: form.get("client_id"), client_secret: form.get("client_secret"), scope }) });
  // Not every partner may hold subscriptions; the server refuses a scope it was not granted (400), so ask again for webhooks alone.
  let r = await ask("webhooks ngsi-ld.subscriptions");
  if (r.status === 400) r = await ask("webhooks");
  if (!r.ok) {
    showError(t("サインインできませんでした。IDとシークレットを確認してください。", "Sign-in failed. Check the client id and secret."));
    return;
  }
  const token = await r.json();
  sessionStorage.setItem("cityos-partner", JSON.stringify({ clientId: form.get("client_id"), token: token.access_token }));
  e.target.reset();
  render();
  await load();
});

document.getElementById("signout").addEventListener("click", () => { sessionStorage.removeItem("cityos-partner"); render(); });
document.getElementById("lang").addEventListener("click", () => { lang = lang === "ja" ? "en" : "ja"; localStorage.setItem("lang", lang); applyLang(); });
applyLang();
load();
