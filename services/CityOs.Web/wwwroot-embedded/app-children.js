// "My children" (Childcare): the family's applications with their points, the rule lines behind them and the
// allocation's explanation; family-support bookings with the step each is at, and a form to ask for a pick-up.
// Facility names come from the open facility list, so ids never reach the screen; "near home" is a named place.
'use strict';

(() => {
  const { state, t, el, $, api, say, act, turn, superseded, time, places, placeSelect, place } = window.cityApp;
  const base = () => `/api/childcare/v1/residents/${state.person}`;
  let facilities = null;

  const facilityName = (id) => {
    if (!id) return t('なし', 'none');
    const f = facilities?.find((x) => x.id === id);
    return f ? (f.nameEn ? t(f.nameJa ?? f.name, f.nameEn) : (f.nameJa ?? f.name)) : id;
  };

  const applicationStatus = (s) => ({ submitted: t('受付済み', 'Received'), placed: t('内定', 'Place offered'), 'partly-placed': t('一部内定（きょうだいの一部）', 'Partly placed (some siblings)'), waiting: t('待機中', 'On the waiting list'), withdrawn: t('取り下げ', 'Withdrawn') }[s] || s);
  const requestStatus = (s) => ({ open: t('援助会員をさがしています', 'Looking for a helper'), proposed: t('援助会員が見つかりました（承諾してください）', 'A helper was found (please accept)'), accepted: t('決まりました', 'Confirmed'), completed: t('終わりました', 'Done'), unmatched: t('見つかりませんでした（センターに相談してください）', 'No helper found (ask the centre)') }[s] || s);

  const withdraw = (application) => act(() => api(`${base()}/applications/${application.id}/withdraw`, { method: 'POST' }), t('申し込みを取り下げました。', 'Application withdrawn.'), load);
  const accept = (request) => act(() => api(`${base()}/family-support/requests/${request.id}/accept`, { method: 'POST' }), t('援助を承諾しました。', 'Helper accepted.'), load);

  function applicationItem(a) {
    const item = el('li', { className: 'application' },
      el('h3', { textContent: t(`${a.round} の申し込み`, `Application for ${a.round}`) }),
      el('span', { className: 'state', textContent: applicationStatus(a.status) }));
    const facts = el('dl', {},
      el('dt', { textContent: t('申し込み日', 'Submitted') }), el('dd', { textContent: time(a.submittedAt) }),
      el('dt', { textContent: t('希望', 'Wishes') }), el('dd', {}, el('ol', {}, ...a.options.map((o) => el('li', { textContent: o.map(facilityName).join(' ＋ ') })))),
      el('dt', { textContent: t('利用調整指数', 'Priority points') }), el('dd', { textContent: String(a.points) }));
    item.append(facts);
    if (a.lines.length) {
      item.append(el('details', {}, el('summary', { textContent: t('点数の内訳', 'How the points were counted') }),
        el('ul', {}, ...a.lines.map((l) => el('li', { textContent: `${t(l.ja, l.en)}：${l.points}` })))));
    }
    if (a.outcome) item.append(el('p', { className: 'explanation', textContent: t(a.outcome.summaryJa, a.outcome.summaryEn) }));
    if (a.outcome) for (const child of a.outcome.children) for (const w of child.waiting) item.append(el('p', { className: 'hint', textContent: t(w.ja, w.en) }));
    if (a.status !== 'withdrawn') {
      const button = el('button', { type: 'button', className: 'danger', textContent: t('申し込みを取り下げる', 'Withdraw application') });
      button.addEventListener('click', () => withdraw(a));
      item.append(button);
    }
    return item;
  }

  function requestItem(r) {
    const item = el('li', { className: 'support-request' },
      el('h3', { textContent: t(`${facilityName(r.input.fromFacilityId)} へのお迎え`, `Pick-up from ${facilityName(r.input.fromFacilityId)}`) }),
      el('span', { className: 'state' + (r.status === 'accepted' ? ' active' : ''), textContent: requestStatus(r.status) }),
      el('dl', {},
        el('dt', { textContent: t('日時', 'When') }), el('dd', { textContent: time(r.input.start) + t(`（${r.input.durationMinutes}分）`, ` (${r.input.durationMinutes} min)`) }),
        ...(r.completion ? [el('dt', { textContent: t('お支払い（援助会員へ直接）', 'Fee (pay the helper directly)') }), el('dd', { textContent: `${r.completion.feeYen}円` })] : [])));
    if (r.status === 'proposed' && !r.memberAccepted) {
      const button = el('button', { type: 'button', className: 'primary', textContent: t('この援助会員にお願いする', 'Accept this helper') });
      button.addEventListener('click', () => accept(r));
      item.append(button);
    } else if (r.status === 'proposed') {
      item.append(el('p', { className: 'hint', textContent: t('お願いしました。援助会員の返事を待っています。', 'You accepted. Waiting for the helper to confirm.') }));
    }
    return item;
  }

  const localInput = (date) => new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 16);

  function supportForm() {
    const form = el('form', { className: 'support-form', noValidate: true });
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    tomorrow.setHours(18, 0, 0, 0);
    const ages = [el('option', { value: '6', textContent: t('1歳未満', 'Under 1') })];
    for (let years = 1; years <= 12; years++) ages.push(el('option', { value: String(years * 12), textContent: t(`${years}歳`, `${years} years`), selected: years === 2 }));
    form.append(
      el('h3', { textContent: t('お迎えを頼む', 'Ask for a pick-up') }),
      el('p', { className: 'hint', textContent: t('ファミリー・サポートの援助会員が施設でお子さんを迎え、ご自宅の近くまで送ります。料金は終わった後、援助会員に直接お支払いください。',
        'A family-support helper collects your child at the facility and takes them to near your home. Pay the helper directly afterwards.') }),
      el('label', { htmlFor: 'support-from', textContent: t('お迎えに行く施設', 'Collect from') }),
      el('select', { id: 'support-from', required: true }, el('option', { value: '', textContent: t('選んでください', 'Choose') }),
        ...facilities.map((f) => el('option', { value: f.id, textContent: facilityName(f.id) }))),
      ...placeSelect('support-to', t('送り先（ご自宅の近くの目印）', 'Take to (a landmark near your home)')),
      el('label', { htmlFor: 'support-at', textContent: t('お迎えの日時', 'Collect at') }),
      el('input', { id: 'support-at', type: 'datetime-local', value: localInput(tomorrow), required: true }),
      el('label', { htmlFor: 'support-minutes', textContent: t('お願いする時間', 'For how long') }),
      el('select', { id: 'support-minutes' }, ...[30, 60, 90, 120, 180].map((m) => el('option', { value: String(m), textContent: t(`${m}分`, `${m} min`), selected: m === 60 }))),
      el('label', { htmlFor: 'support-age', textContent: t('お子さんの年齢', "Child's age") }),
      el('select', { id: 'support-age' }, ...ages),
      el('button', { type: 'submit', className: 'primary', textContent: t('依頼する', 'Send request') }));
    form.addEventListener('submit', (event) => { event.preventDefault(); requestSupport(); });
    return form;
  }

  async function requestSupport() {
    const from = $('support-from').value;
    const to = place($('support-to').value);
    if (!from || !to) { say(t('施設と送り先を選んでください。', 'Choose the facility and where to take your child.')); return; }
    const at = new Date($('support-at').value);
    if (Number.isNaN(at.getTime())) { say(t('日時を入れてください。', 'Enter a date and time.')); return; }
    const body = { start: at.toISOString(), durationMinutes: Number($('support-minutes').value), fromFacilityId: from, toLat: to.lat, toLon: to.lon, childAgeMonths: Number($('support-age').value) };
    await act(() => api(`${base()}/family-support/requests`, { method: 'POST', body: JSON.stringify(body) }), (request) => requestStatus(request.status), load);
  }

  async function load() {
    const taken = turn();
    const [applications, requests, list] = await Promise.all([
      api(`${base()}/applications`),
      api(`${base()}/family-support/requests`),
      facilities ? Promise.resolve(facilities) : api('/api/childcare/v1/facilities'),
      places(),
    ]);
    if (superseded(taken)) return;
    facilities = list;
    const apps = el('ul', { className: 'cards', id: 'application-list' });
    if (applications.length === 0) apps.append(el('li', { textContent: t('保育施設の申し込みはありません。', 'No childcare applications.') }));
    for (const a of applications) apps.append(applicationItem(a));
    const support = el('ul', { className: 'cards', id: 'support-list' });
    if (requests.length === 0) support.append(el('li', { textContent: t('ファミリー・サポートの依頼はありません。', 'No family-support bookings.') }));
    for (const r of requests) support.append(requestItem(r));
    $('children').replaceChildren(
      el('h3', { textContent: t('保育施設の申し込み', 'Childcare applications') }), apps,
      el('h3', { textContent: t('ファミリー・サポート', 'Family support') }), support, supportForm());
  }

  const fail = (message) => $('children').replaceChildren(el('p', { className: 'error', textContent: t('子育ての情報を読み込めませんでした：', 'Could not load childcare information: ') + message }));

  window.cityApp.sections.push({ load, fail });
})();
