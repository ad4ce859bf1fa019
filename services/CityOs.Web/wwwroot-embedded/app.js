"use strict";
let lang = localStorage.getItem("lang") || "ja";
const byCode = {};

function applyLang() {
  document.documentElement.lang = lang;
  document.querySelectorAll("[data-ja]").forEach(el => { el.textContent = el.dataset[lang]; });
  const btn = document.getElementById("lang");
  btn.textContent = lang === "ja" ? "English" : "日本語";
  btn.setAttribute("aria-pressed", String(lang === "en"));
  render();
}

async function getJson(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(url + " " + r.status);
  return r.json();
}

let rivers = [];
function render() {
  const list = document.getElementById("districts");
  list.replaceChildren(...Object.values(byCode).map(d => {
    const li = document.createElement("li");
    li.textContent = lang === "ja" ? d.nameJa : d.nameEn;
    return li;
  }));
  const body = document.querySelector("#rivers tbody");
  body.replaceChildren(...rivers.map(s => {
    const tr = document.createElement("tr");
    const d = byCode[s.district];
    [d ? (lang === "ja" ? d.nameJa : d.nameEn) : s.district, s.stationId,
     s.latestLevelMeters?.toFixed(2) ?? "—",
     s.latestObservedAt ? new Date(s.latestObservedAt).toLocaleTimeString(lang) : "—"]
      .forEach(v => { const td = document.createElement("td"); td.textContent = v; tr.appendChild(td); });
    return tr;
  }));
}

async function refresh() {
  try {
    if (Object.keys(byCode).length === 0) {
      (await getJson("/api/disaster/v1/districts")).forEach(d => { byCode[d.code] = d; });
    }
    rivers = await getJson("/api/disaster/v1/river-levels");
    render();
  } catch (e) { console.warn(e); }
}

document.getElementById("lang").addEventListener("click", () => { lang = lang === "ja" ? "en" : "ja"; localStorage.setItem("lang", lang); applyLang(); });
document.getElementById("large").addEventListener("click", e => {
  const on = document.body.classList.toggle("large");
  e.currentTarget.setAttribute("aria-pressed", String(on));
});
applyLang();
refresh();
setInterval(refresh, 5000);
