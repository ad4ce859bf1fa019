// "My evacuation plan" and "I am safe" (Disaster). The resident sees their own plan in plain words; supporters are
// a count, never names; the safety buttons are large and need no typing, for people in a hurry or with shaky hands.
'use strict';

(() => {
  const { state, t, el, $, api, say, act, turn, superseded, time } = window.cityApp;
  const base = () => `/api/disaster/v1/residents/${state.person}`;
  let districts = null;

  const methodText = (m) => ({
    'walk-with-supporter': t('支援者と歩いて避難', 'Walk with a supporter'),
    'wheelchair-taxi': t('車いす対応の車で避難', 'Wheelchair-accessible vehicle'),
    'family-car': t('家族の車で避難', 'Family car'),
    'stay-upstairs': t('家の2階以上へ避難（垂直避難）', 'Move upstairs at home'),
  }[m] || m);

  const reasonText = (r) => ({
    'no-consent-no-break-glass': t('交通事業者への連絡に同意がないため、車を手配できません。', 'No consent to contact the transport operator, so no vehicle could be booked.'),
    'no-supporter': t('地区の支援者が見つかりません。', 'No supporter is available in your district.'),
    'no-vehicle': t('車が見つかりません。', 'No vehicle is available.'),
    'no-shelter-with-room': t('空きのある避難所が見つかりません。', 'No shelter has room.'),
    'consent-unavailable': t('確認中です。しばらくお待ちください。', 'Still being checked. Please wait.'),
  }[r] || r);

  const guidanceText = (g) => {
    if (g.status === 'assisted') return g.rideBooked ? t('車が迎えに行きます。', 'A vehicle is coming to pick you up.') : g.supporterAssigned ? t('支援者が向かいます。', 'A supporter is on the way.') : t('計画どおり避難してください。', 'Evacuate as planned.');
    if (g.status === 'waiting-for-vehicle') return t('車を手配しています。', 'A vehicle is being arranged.');
    return t('まだ手助けを手配できていません。', 'Help is not arranged yet.') + ' ' + reasonText(g.reason) + ' ' + t('市役所 防災危機管理課（083-934-2710）に電話してください。', 'Please call the city disaster desk (083-934-2710).');
  };

  const shelterName = (s) => (s ? t(s.nameJa, s.nameEn) : t('なし（自宅で安全を確保）', 'None (stay safe at home)'));
  const safetyText = (s) => ({ safe: t('無事です', 'I am safe'), 'needs-help': t('助けが必要です', 'I need help'), 'at-shelter': t('避難所にいます', 'I am at a shelter') }[s] || s);
  const byText = (b) => ({ self: t('本人', 'yourself'), proxy: t('代理の方', 'your proxy'), staff: t('市の職員', 'city staff'), supporter: t('支援者', 'a supporter') }[b] || b);

  async function report(status, view) {
    const body = { status };
    if (!view.district) {
      body.district = $('evac-district').value;
      if (!body.district) { say(t('お住まいの地区を選んでください。', 'Choose your district.')); $('evac-district').focus(); return; }
    }
    await act(() => api(`${base()}/safety`, { method: 'POST', body: JSON.stringify(body) }), t('安否を伝えました：', 'Reported: ') + safetyText(status), load);
  }

  async function districtPicker() {
    districts ??= await api('/api/disaster/v1/districts');
    const select = el('select', { id: 'evac-district' }, el('option', { value: '', textContent: t('選んでください', 'Choose') }),
      ...districts.map((d) => el('option', { value: d.code, textContent: t(d.nameJa, d.nameEn) })));
    return [el('label', { htmlFor: 'evac-district', textContent: t('お住まいの地区', 'Your district') }), select];
  }

  async function load() {
    const taken = turn();
    const view = await api(`${base()}/evacuation`);
    if (superseded(taken)) return;
    const area = $('evacuation');
    area.replaceChildren();
    if (view.alertLevel >= 3) {
      area.append(el('p', { className: 'alert', role: 'alert', textContent: t(`警戒レベル${view.alertLevel}：避難の準備・避難をしてください。`, `Alert level ${view.alertLevel}: prepare to evacuate or evacuate now.`) }));
    }

    const plan = el('div', { className: 'plan' }, el('h3', { textContent: t('避難計画', 'Evacuation plan') }));
    if (view.plan) {
      plan.append(el('dl', {},
        el('dt', { textContent: t('避難先', 'Shelter') }), el('dd', { textContent: shelterName(view.plan.shelter) }),
        el('dt', { textContent: t('避難のしかた', 'How') }), el('dd', { textContent: methodText(view.plan.method) }),
        el('dt', { textContent: t('支援者', 'Supporters') }), el('dd', { textContent: t(`${view.plan.supporters}人`, `${view.plan.supporters}`) }),
        el('dt', { textContent: t('状態', 'Status') }), el('dd', { textContent: view.plan.confirmed ? t('市が確定しました', 'Confirmed by the city') : t('案（市の職員が確認します）', 'Draft (city staff will confirm it)') })));
    } else {
      plan.append(el('p', { textContent: t('避難計画はまだありません。市役所の窓口か、地区の民生委員にご相談ください。', 'No evacuation plan yet. Ask at the city office counter or your district welfare volunteer.') }));
    }
    area.append(plan);

    if (view.guidance) {
      area.append(el('div', { className: 'guidance' }, el('h3', { textContent: t('いまの避難の案内', 'Guidance now') }),
        el('p', { textContent: guidanceText(view.guidance) }),
        el('dl', {},
          el('dt', { textContent: t('避難先', 'Shelter') }), el('dd', { textContent: shelterName(view.guidance.shelter) + (view.guidance.shelter ? t(`（混雑：${view.guidance.shelter.occupancyPercent}%）`, ` (${view.guidance.shelter.occupancyPercent}% full)`) : '') }),
          el('dt', { textContent: t('避難のしかた', 'How') }), el('dd', { textContent: methodText(view.guidance.method) }))));
    }

    const safety = el('div', { className: 'safety' }, el('h3', { textContent: t('安否を伝える', 'Tell the city you are safe') }));
    if (view.safety) {
      safety.append(el('p', { className: 'last-report', textContent: t(`最後の連絡：${safetyText(view.safety.status)}（${time(view.safety.at)}、${byText(view.safety.reportedBy)}）`, `Last report: ${safetyText(view.safety.status)} (${time(view.safety.at)}, by ${byText(view.safety.reportedBy)})`) }));
    }
    if (!view.district) safety.append(...await districtPicker());
    const buttons = el('div', { className: 'safety-buttons' });
    for (const [status, cls] of [['safe', 'primary'], ['needs-help', 'danger'], ['at-shelter', '']]) {
      const button = el('button', { type: 'button', className: cls, textContent: safetyText(status) });
      button.addEventListener('click', () => report(status, view));
      buttons.append(button);
    }
    safety.append(buttons);
    area.append(safety);
  }

  const fail = (message) => $('evacuation').replaceChildren(el('p', { className: 'error', textContent: t('避難の情報を読み込めませんでした：', 'Could not load evacuation information: ') + message }));

  window.cityApp.sections.push({ load, fail });
})();
