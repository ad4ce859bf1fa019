// Office dashboard: aggregates only. Everything is drawn with DOM calls (textContent), never innerHTML, so no figure can inject markup.
(() => {
  'use strict';
  const SVG = 'http://www.w3.org/2000/svg';
  const POLL_MS = 3000;
  const isOffice = () => window.OfficeAuth.roles().includes('office');
  const state = { lang: localStorage.getItem('cityos.lang') || 'ja', overview: null, map: null, metrics: [], projects: [], names: {}, projectsJson: '', exercise: false };
  const T = (ja, en) => (state.lang === 'ja' ? ja : en);
  const $ = (s, root = document) => root.querySelector(s);
  const LEVELS = [
    ['警戒レベルなし', 'No alert'], ['レベル1 早期注意', 'Level 1 early warning'], ['レベル2 注意報', 'Level 2 advisory'],
    ['レベル3 高齢者等避難', 'Level 3 elderly evacuate'], ['レベル4 避難指示', 'Level 4 evacuate'], ['レベル5 緊急安全確保', 'Level 5 emergency safety'],
  ];
  const LEVEL_FILL = ['#ffffff', '#f5f5f5', '#ffeb3b', '#c4000f', '#6a1b9a', '#111111'];
  const LEVEL_TEXT = ['#111', '#111', '#111', '#fff', '#fff', '#fff'];
  const SERVICES = { disaster: ['防災', 'Disaster'], mobility: ['移動', 'Mobility'], childcare: ['子育て', 'Childcare'], consent: ['同意管理', 'Consent'], sensors: ['センサー', 'Sensors'], gateway: ['パートナーAPI', 'Partner API'] };
  const PURPOSES = { 'evacuation-ride': ['避難の送迎', 'Evacuation rides'] };

  function el(tag, attrs = {}, ...children) {
    const node = ['svg', 'path', 'text', 'line', 'polyline', 'circle', 'g', 'title', 'rect'].includes(tag) ? document.createElementNS(SVG, tag) : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') node.textContent = v; else if (k.startsWith('on')) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c.nodeType ? c : document.createTextNode(String(c)));
    return node;
  }
  const fmt = (n, digits = 0) => (n === null || n === undefined ? '—' : Number(n).toLocaleString(state.lang === 'ja' ? 'ja-JP' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 }));
  const time = (iso) => (iso ? new Date(iso).toLocaleString(state.lang === 'ja' ? 'ja-JP' : 'en-GB', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }) : '—');
  const districtName = (code) => (state.names[code] ? T(state.names[code][0], state.names[code][1]) : code);

  async function api(path, options = {}) {
    const bearer = window.OfficeAuth.token();
    const response = await fetch(path, { ...options, headers: { Accept: 'application/json', ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}), ...(options.headers || {}) } });
    if (response.status === 401) {
      window.OfficeAuth.signOut();
      $('#signin').hidden = false;
      throw new Error(T('サインインが必要です', 'Sign-in required'));
    }
    if (response.status === 403) {
      throw new Error(T('この操作には推進室（office）の権限が必要です', 'This needs the office role'));
    }
    const type = response.headers.get('content-type') || '';
    const body = type.includes('json') ? await response.json() : null;
    return { ok: response.ok, status: response.status, body };
  }

  function applyLang() {
    document.documentElement.lang = state.lang;
    document.querySelectorAll('[data-ja]').forEach((n) => { n.textContent = n.dataset[state.lang]; });
    const button = $('#lang');
    button.textContent = state.lang === 'ja' ? 'English' : '日本語';
    button.lang = state.lang === 'ja' ? 'en' : 'ja';
    button.setAttribute('aria-pressed', String(state.lang === 'en'));
    document.title = T('スマートシティ推進室ダッシュボード — 都市OS 山口市', 'Smart City Office dashboard — CityOS Yamaguchi');
    if (state.map) { drawMap(); buildForm(); }
    render();
    renderProjects(true);
  }

  // ---------- map ----------
  function drawMap() {
    const svg = $('#map');
    svg.replaceChildren();
    svg.setAttribute('viewBox', `0 0 ${state.map.width} ${state.map.height}`);
    for (const d of state.map.districts) {
      const label = districtName(d.code);
      svg.append(el('g', { 'data-district': d.code },
        el('path', { d: d.path, fill: LEVEL_FILL[0], 'data-district': d.code, 'data-level': '0', tabindex: '0', role: 'img', 'aria-label': label },
          el('title', { text: label })),
        el('text', { x: d.labelX, y: d.labelY - 2, 'text-anchor': 'middle', class: 'name', text: label }),
        el('text', { x: d.labelX, y: d.labelY + 11, 'text-anchor': 'middle', class: 'lvl', text: '' })));
    }
    $('#map-note').textContent = T(state.map.noteJa, state.map.noteEn);
    $('#legend').replaceChildren(...LEVELS.map((l, i) => el('li', {}, el('span', { class: 'swatch', style: `background:${LEVEL_FILL[i]}`, 'aria-hidden': 'true' }), T(l[0], l[1]))));
  }

  function updateMap(districts) {
    const byCode = Object.fromEntries((districts || []).map((d) => [d.district, d]));
    for (const g of $('#map').querySelectorAll('g[data-district]')) {
      const code = g.dataset.district;
      const level = byCode[code]?.alertLevel ?? 0;
      const path = g.querySelector('path');
      const [name, lvl] = g.querySelectorAll('text');
      const label = `${districtName(code)}: ${T(LEVELS[level][0], LEVELS[level][1])}`;
      path.setAttribute('fill', LEVEL_FILL[level]);
      path.dataset.level = String(level);
      path.setAttribute('aria-label', label);
      path.querySelector('title').textContent = label;
      for (const t of [name, lvl]) { t.setAttribute('fill', LEVEL_TEXT[level]); t.setAttribute('stroke', LEVEL_FILL[level]); }
      name.textContent = districtName(code);
      lvl.textContent = level > 0 ? `Lv${level}` : '';
    }
  }

  // ---------- panels ----------
  function figures(target, items) {
    $(target).replaceChildren(...items.map(([ja, en, value, id]) => el('div', {}, el('dt', { text: T(ja, en) }), el('dd', { 'data-figure': id, text: value }))));
  }

  function rows(tbody, list, cells) {
    $(tbody).replaceChildren(...list.map((item) => el('tr', {}, ...cells(item).map((c, i) => (i === 0 ? el('th', { scope: 'row', text: c }) : el('td', { class: typeof c === 'string' && /^[\d,.—%\s/]+$/.test(c) ? 'num' : null }, c))))));
  }

  function meter(share) {
    const pct = Math.max(0, Math.min(100, Math.round(share * 100)));
    return el('span', { class: `meter${pct >= 100 ? ' full' : ''}`, role: 'img', 'aria-label': `${pct}%` }, el('span', { style: `width:${pct}%` }));
  }

  function render() {
    const o = state.overview;
    if (!o || !state.map) return;
    const down = o.unavailable.length ? T(` ／ 取得できないデータ: ${o.unavailable.join('、')}`, ` / unavailable: ${o.unavailable.join(', ')}`) : '';
    $('#status').textContent = T(`最終更新 ${time(o.asOf)}（3秒ごとに自動更新）`, `Updated ${time(o.asOf)} (refreshes every 3 s)`) + down;
    const d = o.disaster;
    if (d) {
      updateMap(d.districts);
      rows('#district-table tbody', d.districts, (x) => [districtName(x.district), T(LEVELS[x.alertLevel][0], LEVELS[x.alertLevel][1]), fmt(x.registered), fmt(x.guided), fmt(x.assisted), fmt(x.unassisted), fmt(x.safe + x.atShelter), fmt(x.confirmedPlans)]);
      const e = d.evacuation;
      figures('#evacuation', [
        ['最大警戒レベル', 'Highest alert level', String(e.maxAlertLevel), 'max-level'], ['対象者', 'Affected', fmt(e.affected), 'affected'],
        ['案内済', 'Guided', fmt(e.guided), 'guided'], ['支援あり', 'Assisted', fmt(e.assisted), 'assisted'],
        ['車両待ち', 'Waiting for vehicle', fmt(e.waitingForVehicle), 'waiting'], ['支援なし', 'Unassisted', fmt(e.unassisted), 'unassisted'],
        ['無事の確認', 'Confirmed safe', fmt(e.safe), 'safe'],
      ]);
      drawRivers(d.rivers);
      const open = d.shelters.filter((s) => s.open);
      const occupancy = open.reduce((a, s) => a + s.occupancy, 0);
      const capacity = open.reduce((a, s) => a + s.capacity, 0);
      $('#shelter-total').textContent = T(`${fmt(occupancy)}人 / 定員 ${fmt(capacity)}人（開設 ${open.length}か所）`, `${fmt(occupancy)} people / ${fmt(capacity)} places (${open.length} open)`);
      const busiest = [...open].sort((a, b) => b.occupancy / Math.max(1, b.capacity) - a.occupancy / Math.max(1, a.capacity) || a.id.localeCompare(b.id)).slice(0, 10);
      rows('#shelter-table tbody', busiest, (s) => [T(s.nameJa, s.nameEn), `${fmt(s.occupancy)} / ${fmt(s.capacity)}`, meter(s.occupancy / Math.max(1, s.capacity))]);
    }

    const m = o.mobility;
    if (m) {
      const sum = (k) => m.districts.reduce((a, x) => a + x[k], 0);
      const share = (a, b) => (b ? `${fmt((100 * a) / b, 1)}%` : '—');
      figures('#mobility', [
        ['予約', 'Requests', fmt(sum('requests')), 'requests'], ['運行', 'Served', fmt(sum('served')), 'served'],
        ['配車率', 'Served share', share(sum('served'), sum('asked')), 'served-share'], ['乗合率', 'Shared share', share(sum('shared'), sum('served')), 'shared-share'],
        ['避難の送迎', 'Evacuation rides', fmt(sum('evacuation')), 'evacuation-rides'],
      ]);
    }

    const c = o.childcare;
    if (c) {
      figures('#childcare-totals', [
        ['空き定員', 'Vacant places', fmt(c.districts.reduce((a, x) => a + x.vacancies, 0)), 'vacancies'],
        ['待機児童', 'Waiting children', fmt(c.districts.reduce((a, x) => a + x.waiting, 0)), 'waiting-children'],
      ]);
      rows('#childcare-table tbody', c.districts, (x) => [districtName(x.district), fmt(x.vacancies), fmt(x.waiting)]);
    }

    const k = o.consent;
    if (k) renderConsent(k);
  }

  function renderConsent(k) {
    const purposes = [...new Set(k.optIn.map((x) => x.purposeId))];
    const districts = [...new Set(k.optIn.map((x) => x.district))];
    const cell = Object.fromEntries(k.optIn.map((x) => [`${x.purposeId}|${x.district}`, x]));
    $('#optin-table thead').replaceChildren(el('tr', {}, el('th', { scope: 'col', text: T('地区', 'District') }),
      ...purposes.map((p) => el('th', { scope: 'col', text: PURPOSES[p] ? T(PURPOSES[p][0], PURPOSES[p][1]) : p }))));
    $('#optin-table tbody').replaceChildren(...(districts.length ? districts : []).map((d) => el('tr', {}, el('th', { scope: 'row', text: districtName(d) }),
      ...purposes.map((p) => {
        const x = cell[`${p}|${d}`];
        return x.suppressed ? el('td', { class: 'num', 'data-suppressed': 'true', text: T('非公表（10人未満）', 'suppressed (<10)') }) : el('td', { class: 'num', text: `${fmt(100 * x.rate, 1)}% (${fmt(x.consented)}/${fmt(x.enrolled)})` });
      }))));
    if (!districts.length) $('#optin-table tbody').append(el('tr', {}, el('td', { text: T('まだ登録者がいません', 'No one enrolled yet') })));
    const l = k.ledger;
    $('#ledger-status').replaceChildren(el('span', { class: l.valid ? 'ok' : 'bad', 'data-ledger-valid': String(l.valid) },
      l.valid ? T(`✓ 改ざんなし（${fmt(l.entriesChecked)}件を検証）`, `✓ Chain intact (${fmt(l.entriesChecked)} entries verified)`)
        : T(`✗ 改ざんの疑い（${l.firstBrokenSequence}番目）`, `✗ Chain broken at entry ${l.firstBrokenSequence}`)));
    rows('#breakglass-table tbody', k.breakGlass, (b) => [b.districts.length ? b.districts.map(districtName).join(T('・', ', ')) : '—',
      PURPOSES[b.purposeId] ? T(PURPOSES[b.purposeId][0], PURPOSES[b.purposeId][1]) : b.purposeId, fmt(b.accesses), `${time(b.firstAt)} – ${time(b.lastAt)}`]);
    if (!k.breakGlass.length) $('#breakglass-table tbody').append(el('tr', {}, el('td', { colspan: '4', text: T('ありません', 'None') })));
  }

  function drawRivers(rivers) {
    const svg = $('#river-chart');
    const W = 640; const H = 240; const L = 40; const B = 24; const top = 10;
    const series = rivers.filter((r) => r.readings.length)
      .map((r) => ({ r, pts: r.readings.map((p) => ({ t: Date.parse(p.at), v: (100 * p.levelMeters) / r.floodDangerM })) }))
      .sort((a, b) => b.pts[b.pts.length - 1].v - a.pts[a.pts.length - 1].v).slice(0, 8);
    svg.replaceChildren();
    const all = series.flatMap((s) => s.pts);
    if (!all.length) { svg.append(el('text', { x: 20, y: 40, text: T('水位の観測値はまだありません', 'No river readings yet') })); }
    const t0 = all.length ? Math.min(...all.map((p) => p.t)) : 0; const t1 = all.length ? Math.max(...all.map((p) => p.t)) : 1;
    const vmax = Math.max(130, ...all.map((p) => p.v));
    const x = (t) => L + ((W - L - 110) * (t - t0)) / Math.max(1, t1 - t0);
    const y = (v) => top + (H - B - top) * (1 - v / vmax);
    svg.append(el('line', { class: 'axis', x1: L, y1: y(0), x2: W - 110, y2: y(0) }), el('line', { class: 'axis', x1: L, y1: top, x2: L, y2: y(0) }));
    for (const v of [0, 50, 100]) svg.append(el('text', { class: 'tick', x: L - 4, y: y(v) + 3, 'text-anchor': 'end', text: `${v}%` }));
    svg.append(el('line', { x1: L, x2: W - 110, y1: y(100), y2: y(100), stroke: '#6a1b9a', 'stroke-dasharray': '6 4' }),
      el('text', { class: 'tick', x: L + 4, y: y(100) - 4, style: 'fill:#6a1b9a', text: T('氾濫危険水位', 'Flood-danger level') }));
    if (all.length) svg.append(el('text', { class: 'tick', x: L, y: H - 6, text: time(new Date(t0).toISOString()) }), el('text', { class: 'tick', x: W - 110, y: H - 6, 'text-anchor': 'end', text: time(new Date(t1).toISOString()) }));
    const colours = ['#0b5394', '#c4000f', '#1e6b2e', '#6a1b9a', '#b45f06', '#134f5c', '#741b47', '#444'];
    series.forEach((s, i) => {
      const points = s.pts.map((p) => `${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
      svg.append(el('polyline', { points: s.pts.length > 1 ? points : `${points} ${(x(s.pts[0].t) + 4).toFixed(1)},${y(s.pts[0].v).toFixed(1)}`, fill: 'none', stroke: colours[i], 'stroke-width': 2 }),
        el('text', { class: 'tick', x: W - 104, y: 24 + 14 * i, style: `fill:${colours[i]}`, text: `■ ${districtName(s.r.district)}` }));
    });
    rows('#river-table tbody', rivers.filter((r) => r.readings.length), (r) => {
      const last = r.readings[r.readings.length - 1];
      return [`${districtName(r.district)} (${r.riverJa || r.stationId})`, fmt(last.levelMeters, 2), fmt(r.evacuationJudgementM, 2), fmt(r.floodDangerM, 2), time(last.at)];
    });
  }

  // ---------- projects ----------
  function kpiChart(project, k) {
    const W = 480; const H = 170; const L = 48; const R = 70; const top = 12; const B = 22;
    const t0 = Date.parse(`${project.start}T00:00:00Z`); const t1 = Date.parse(`${project.end}T23:59:59Z`);
    const values = [k.baseline, k.target, ...k.series.map((p) => p.value)];
    let lo = Math.min(...values); let hi = Math.max(...values); const pad = (hi - lo) * 0.15 || 1; lo -= pad; hi += pad;
    const x = (t) => L + ((W - L - R) * (Math.min(t1, Math.max(t0, t)) - t0)) / Math.max(1, t1 - t0);
    const y = (v) => top + (H - top - B) * (1 - (v - lo) / (hi - lo));
    const unit = k.unit;
    const label = T(`${k.nameJa}: 基準値 ${fmt(k.baseline, 1)}${unit}、目標値 ${fmt(k.target, 1)}${unit}、最新 ${k.latest === null ? 'なし' : fmt(k.latest, 1) + unit}`,
      `${k.nameEn || k.nameJa}: baseline ${fmt(k.baseline, 1)}${unit}, target ${fmt(k.target, 1)}${unit}, latest ${k.latest === null ? 'none' : fmt(k.latest, 1) + unit}`);
    const svg = el('svg', { class: 'kpi-chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': label, 'data-kpi': k.id });
    svg.append(el('line', { class: 'axis', x1: L, x2: W - R, y1: H - B, y2: H - B }), el('line', { class: 'axis', x1: L, x2: L, y1: top, y2: H - B }),
      el('text', { class: 'tick', x: L, y: H - 6, text: project.start }), el('text', { class: 'tick', x: W - R, y: H - 6, 'text-anchor': 'end', text: project.end }),
      el('line', { x1: L, x2: W - R, y1: y(k.baseline), y2: y(k.baseline), stroke: '#666', 'stroke-dasharray': '4 4' }),
      el('text', { class: 'tick', x: W - R + 4, y: y(k.baseline) + 3, text: `${T('基準', 'Base')} ${fmt(k.baseline, 1)}` }),
      el('line', { x1: L, x2: W - R, y1: y(k.target), y2: y(k.target), stroke: '#1e6b2e', 'stroke-width': 2, 'stroke-dasharray': '8 4', 'data-target': k.target }),
      el('text', { class: 'tick', x: W - R + 4, y: y(k.target) + 3, style: 'fill:#1e6b2e', text: `${T('目標', 'Target')} ${fmt(k.target, 1)}` }));
    if (k.series.length) {
      svg.append(el('polyline', { points: k.series.map((p) => `${x(Date.parse(p.at)).toFixed(1)},${y(p.value).toFixed(1)}`).join(' '), fill: 'none', stroke: '#0b5394', 'stroke-width': 2 }));
      k.series.forEach((p) => svg.append(el('circle', { cx: x(Date.parse(p.at)).toFixed(1), cy: y(p.value).toFixed(1), r: 4, fill: p.source === 'survey' ? '#b45f06' : '#0b5394', 'data-value': p.value })));
    }
    return svg;
  }

  function kpiBlock(project, k) {
    const status = k.latest === null ? T('まだ値がありません', 'No value yet')
      : `${fmt(k.latest, 1)}${k.unit} → ${T('目標', 'target')} ${fmt(k.target, 1)}${k.unit}（${T('達成度', 'progress')} ${fmt(k.progressPercent, 1)}%）`;
    const block = el('div', { class: 'kpi', 'data-kpi': k.id },
      el('h4', { text: T(k.nameJa, k.nameEn || k.nameJa) }),
      el('p', { class: 'hint', text: `${T('基準値', 'Baseline')} ${fmt(k.baseline, 1)}${k.unit} · ${k.metric === 'survey' ? T('調査値（手入力）', 'survey (entered by hand)') : T('都市OSで自動計測', 'measured by CityOS')}` }),
      el('p', { class: 'value', 'data-latest': k.latest ?? '' }, status, k.targetMet ? el('strong', { class: 'ok', text: T(' ✓ 目標達成', ' ✓ target met') }) : null),
      kpiChart(project, k),
      el('details', {}, el('summary', { text: T('値の一覧', 'Values') }),
        el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: T('日時', 'At') }), el('th', { scope: 'col', text: T('値', 'Value') }), el('th', { scope: 'col', text: T('出所', 'Source') }))),
          el('tbody', {}, ...k.series.map((p) => el('tr', {}, el('td', { text: time(p.at) }), el('td', { class: 'num', text: fmt(p.value, 2) }), el('td', { text: p.source === 'survey' ? T('調査', 'survey') : T('自動', 'platform') })))))));
    if (k.metric === 'survey' && isOffice()) {
      const id = `sv-${project.id}-${k.id}`;
      const input = el('input', { id, type: 'number', step: 'any', inputmode: 'decimal' });
      const error = el('p', { class: 'field-error', id: `${id}-err` });
      block.append(el('form', { class: 'actions', onsubmit: async (e) => {
        e.preventDefault();
        const r = await api(`/api/office/v1/projects/${project.id}/kpis/${k.id}/values`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ value: input.value === '' ? null : Number(input.value) }) });
        if (r.ok) { await loadProjects(); } else { error.textContent = Object.values(r.body?.errors || {}).flat().join(' ') || String(r.status); input.setAttribute('aria-invalid', 'true'); input.setAttribute('aria-describedby', error.id); }
      } }, el('label', { for: id, text: T('調査値を入力', 'Enter a survey figure') }), input, el('button', { type: 'submit', text: T('記録', 'Record') }), error));
    }
    return block;
  }

  function renderProjects(force) {
    const json = JSON.stringify(state.projects);
    if (!force && json === state.projectsJson) return;
    state.projectsJson = json;
    const list = $('#project-list');
    if (!state.projects.length) { list.replaceChildren(el('p', { class: 'hint', text: T('登録された実証事業はまだありません。', 'No demonstration project registered yet.') })); return; }
    list.replaceChildren(...state.projects.map((p) => el('article', { class: 'project', 'data-project': p.id, 'aria-labelledby': `h-${p.id}` },
      el('h3', { id: `h-${p.id}`, text: T(p.nameJa, p.nameEn || p.nameJa) }),
      el('p', { class: 'hint', text: `${p.start} – ${p.end}${p.running ? '' : T('（期間外）', ' (not running)')} · ${p.districts.map(districtName).join(T('・', ', '))} · ${p.services.map((s) => (SERVICES[s] ? T(SERVICES[s][0], SERVICES[s][1]) : s)).join(T('・', ', '))}${p.partners.length ? ' · ' + p.partners.join(T('・', ', ')) : ''}` }),
      el('div', { class: 'actions' },
        !isOffice() ? null : el('button', { type: 'button', onclick: async (e) => { e.target.closest('button').disabled = true; await api(`/api/office/v1/projects/${p.id}/measurements`, { method: 'POST' }); await loadProjects(); } }, T('今すぐ計測', 'Measure now')),
        el('button', { type: 'button', onclick: () => download(p) }, T('報告書をCSVで保存', 'Download report (CSV)'))),
      el('div', { class: 'kpis' }, ...p.kpis.map((k) => kpiBlock(p, k))))));
  }

  async function download(p) {
    const bearer = window.OfficeAuth.token();
    const response = await fetch(`/api/office/v1/projects/${p.id}/report.csv`, { headers: bearer ? { Authorization: `Bearer ${bearer}` } : {} });
    if (!response.ok) return;
    const url = URL.createObjectURL(await response.blob());
    const a = el('a', { href: url, download: `${p.id}-report.csv` });
    document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function loadProjects() {
    const r = await api('/api/office/v1/projects');
    if (r.ok) { state.projects = r.body; renderProjects(false); }
  }

  // ---------- registration form ----------
  function buildForm() {
    const checks = (box, items, name) => $(box).querySelector('.checks').replaceChildren(...items.map(([value, label]) =>
      el('label', {}, el('input', { type: 'checkbox', name, value }), label)));
    const keep = (name) => new Set([...document.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value));
    const districts = keep('district'); const services = keep('service');
    checks('#p-districts', state.map.districts.map((d) => [d.code, districtName(d.code)]), 'district');
    checks('#p-services', Object.entries(SERVICES).map(([k, v]) => [k, T(v[0], v[1])]), 'service');
    document.querySelectorAll('input[name="district"]').forEach((i) => { i.checked = districts.has(i.value); });
    document.querySelectorAll('input[name="service"]').forEach((i) => { i.checked = services.has(i.value); });
    document.querySelectorAll('.kpi-row select').forEach((s) => fillMetrics(s));
    if (!document.querySelector('.kpi-row')) addKpiRow();
  }

  function fillMetrics(select) {
    const value = select.value;
    select.replaceChildren(el('option', { value: '', text: T('選んでください', 'Choose…') }),
      ...state.metrics.map((m) => el('option', { value: m.id, text: `${T(m.nameJa, m.nameEn)} (${m.unit})` })),
      el('option', { value: 'survey', text: T('調査値（手入力）', 'Survey figure (entered by hand)') }));
    select.value = value;
  }

  function addKpiRow() {
    const i = document.querySelectorAll('.kpi-row').length;
    const field = (key, labelJa, labelEn, input) => {
      input.id = `k${i}-${key}`; input.dataset.field = `kpis[${i}].${key}`;
      return el('label', { for: input.id }, T(labelJa, labelEn), input, el('span', { class: 'field-error', id: `e-kpis[${i}].${key}` }));
    };
    const select = el('select', {}); fillMetrics(select);
    $('#p-kpis').append(el('div', { class: 'kpi-row', 'data-row': i },
      field('metric', '指標', 'Metric', select),
      field('nameJa', 'KPI名（調査値の場合）', 'KPI name (for a survey KPI)', el('input', { autocomplete: 'off' })),
      field('unit', '単位', 'Unit', el('input', { value: '%', size: 4 })),
      field('baseline', '基準値', 'Baseline', el('input', { type: 'number', step: 'any', inputmode: 'decimal' })),
      field('target', '目標値', 'Target', el('input', { type: 'number', step: 'any', inputmode: 'decimal' }))));
  }

  function readForm() {
    const num = (v) => (v === '' ? null : Number(v));
    return {
      nameJa: $('#p-nameJa').value, nameEn: $('#p-nameEn').value || null,
      districts: [...document.querySelectorAll('input[name="district"]:checked')].map((i) => i.value),
      period: { start: $('#p-start').value || null, end: $('#p-end').value || null },
      services: [...document.querySelectorAll('input[name="service"]:checked')].map((i) => i.value),
      partners: $('#p-partners').value.split(/[,、，]/).map((s) => s.trim()).filter(Boolean),
      kpis: [...document.querySelectorAll('.kpi-row')].map((row) => {
        const v = (k) => row.querySelector(`[data-field$=".${k}"]`).value;
        return { metric: v('metric') || null, nameJa: v('nameJa') || null, unit: v('unit') || null, baseline: num(v('baseline')), target: num(v('target')) };
      }),
    };
  }

  function showErrors(errors) {
    document.querySelectorAll('#project-form .field-error').forEach((n) => { n.textContent = ''; });
    document.querySelectorAll('#project-form [aria-invalid]').forEach((n) => { n.removeAttribute('aria-invalid'); n.removeAttribute('aria-describedby'); });
    const summary = $('#form-errors');
    const entries = Object.entries(errors || {});
    summary.hidden = !entries.length;
    if (!entries.length) return;
    summary.textContent = T(`入力を確認してください（${entries.length}件）`, `Please check ${entries.length} field(s)`);
    for (const [path, messages] of entries) {
      const target = document.getElementById(`e-${path}`) || document.getElementById(`e-${path.replace(/\[\d+\]$/, '')}`) || summary;
      if (target !== summary) target.textContent = messages.join(' ');
      const input = document.querySelector(`[data-field="${path}"]`) || { 'nameJa': $('#p-nameJa'), 'period.start': $('#p-start'), 'period.end': $('#p-end') }[path];
      if (input) { input.setAttribute('aria-invalid', 'true'); input.setAttribute('aria-describedby', target.id); }
    }
    summary.focus();
  }

  async function submitForm(e) {
    e.preventDefault();
    const r = await api('/api/office/v1/projects', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(readForm()) });
    if (r.status === 400) { showErrors(r.body?.errors); return; }
    if (!r.ok) { showErrors({ form: [String(r.status)] }); return; }
    showErrors({});
    $('#project-form').reset();
    $('#p-kpis').replaceChildren(); addKpiRow();
    $('#project-form-box').open = false;
    await loadProjects();
    document.getElementById(`h-${r.body.id}`)?.scrollIntoView();
  }

  // ---------- exercise ----------
  async function exerciseStatus() {
    try {
      const r = await api('/api/demo/v1/heavy-rain');
      if (!r.ok) return;
      state.exercise = true;
      $('#exercise').hidden = false;
      const s = r.body.state;
      $('#exercise-start').disabled = s !== 'idle' || !isOffice();
      $('#exercise-state').textContent = { idle: T('待機中', 'Idle'), running: T('実行中…', 'Running…'), done: T('完了', 'Done'), failed: T('失敗しました', 'Failed') }[s] || s;
      $('#exercise-state').dataset.state = s;
    } catch { /* not the all-in-one host: no exercise */ }
  }

  async function poll() {
    try {
      const r = await api('/api/office/v1/overview');
      if (r.ok) { state.overview = r.body; render(); }
      if (state.exercise) await exerciseStatus();
    } catch (err) { $('#status').textContent = err.message; }
  }

  async function start() {
    $('#lang').addEventListener('click', () => { state.lang = state.lang === 'ja' ? 'en' : 'ja'; localStorage.setItem('cityos.lang', state.lang); applyLang(); });
    $('#add-kpi').addEventListener('click', addKpiRow);
    $('#project-form').addEventListener('submit', submitForm);
    $('#exercise-start').addEventListener('click', async () => { $('#exercise-start').disabled = true; await api('/api/demo/v1/heavy-rain', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }); await exerciseStatus(); });
    $('#signin-button').addEventListener('click', () => window.OfficeAuth.signIn());
    if (!(await window.OfficeAuth.complete())) {
      $('#signin').hidden = false;
      applyLang();
      return;
    }
    try {
      const [map, metrics] = await Promise.all([api('/api/office/v1/districts'), api('/api/office/v1/kpi-metrics')]);
      state.map = map.body; state.metrics = metrics.body;
      state.names = Object.fromEntries(state.map.districts.map((d) => [d.code, [d.nameJa, d.nameEn]]));
      drawMap(); buildForm(); applyLang();
      $('#project-form-box').hidden = !isOffice();
      await exerciseStatus();
      await Promise.all([poll(), loadProjects()]);
      document.body.dataset.ready = 'true';
      setInterval(() => { if (!document.hidden) poll(); }, POLL_MS);
      setInterval(() => { if (!document.hidden) loadProjects(); }, 15000);
    } catch (err) {
      $('#status').textContent = err.message;
      applyLang();
    }
  }

  start();
})();
