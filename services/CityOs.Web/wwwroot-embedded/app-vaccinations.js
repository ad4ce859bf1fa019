// Vaccination bookings (Childcare): the shown person's bookings with the clinic and time, cancel, and a form to book
// a clinic's free slot for a vaccine in the schedule. A parent books for a child by choosing the child as the person
// shown: the city recorded the parent as the one who may act for them.
'use strict';

(() => {
  const { state, t, el, $, api, say, act, turn, superseded, personShown, time } = window.cityApp;
  const base = () => `/api/childcare/v1/residents/${state.person}/vaccinations`;
  let schedule = null;

  const vaccineName = (code) => {
    const v = schedule?.vaccines.find((x) => x.code === code);
    return v ? t(v.nameJa, v.nameEn) : code;
  };
  const personName = () => personShown()?.name ?? '';

  const cancel = (booking) => act(() => api(`${base()}/${booking.id}/cancel`, { method: 'POST' }), t('予防接種の予約を取り消しました。', 'Vaccination booking cancelled.'), load);

  async function book() {
    const slotId = $('vaccine-slot').value;
    const months = Number($('vaccine-age').value);
    if (!slotId) { say(t('予約する日時を選んでください。', 'Choose a date and time.')); return; }
    if (!Number.isInteger(months) || months < 0) { say(t('接種する日の月齢を入れてください。', 'Enter the age in months on the day.')); return; }
    await act(() => api(base(), { method: 'POST', body: JSON.stringify({ slotId, childAgeMonths: months }) }), t('予防接種を予約しました。', 'Vaccination booked.'), load);
  }

  async function fillSlots() {
    const code = $('vaccine-code').value;
    const select = $('vaccine-slot');
    const slots = code ? (await api(`/api/childcare/v1/vaccinations/slots?vaccine=${encodeURIComponent(code)}`)).filter((s) => s.free > 0) : [];
    select.replaceChildren(el('option', { value: '', textContent: slots.length || !code ? t('選んでください', 'Choose') : t('空いている枠がありません', 'No free slots') }),
      ...slots.map((s) => el('option', { value: s.id, textContent: `${s.clinicName} ${time(s.start)}` + t(`（残り${s.free}）`, ` (${s.free} left)`) })));
  }

  function bookingForm() {
    const form = el('form', { className: 'vaccine-form', noValidate: true },
      el('h3', { textContent: t('予約する', 'Book') }),
      el('label', { htmlFor: 'vaccine-code', textContent: t('ワクチン', 'Vaccine') }),
      el('select', { id: 'vaccine-code' }, el('option', { value: '', textContent: t('選んでください', 'Choose') }),
        ...schedule.vaccines.map((v) => el('option', { value: v.code, textContent: t(v.nameJa, v.nameEn) }))),
      el('label', { htmlFor: 'vaccine-slot', textContent: t('医療機関と日時', 'Clinic and time') }),
      el('select', { id: 'vaccine-slot' }, el('option', { value: '', textContent: t('先にワクチンを選んでください', 'Choose a vaccine first') })),
      el('label', { htmlFor: 'vaccine-age', textContent: t('接種する日の月齢（生後何か月）', 'Age in months on the day') }),
      el('input', { id: 'vaccine-age', type: 'number', min: 0, max: 240, inputMode: 'numeric' }),
      el('button', { type: 'submit', className: 'primary', textContent: t('予約する', 'Book') }));
    form.querySelector('#vaccine-code').addEventListener('change', () => fillSlots().catch((error) => say(error.message)));
    form.addEventListener('submit', (event) => { event.preventDefault(); book(); });
    return form;
  }

  function bookingItem(b) {
    const item = el('li', { className: 'vaccination' },
      el('h3', { textContent: vaccineName(b.vaccine) }),
      el('dl', {}, el('dt', { textContent: t('日時', 'When') }), el('dd', { textContent: time(b.start) })));
    const button = el('button', { type: 'button', className: 'danger', textContent: t('予約を取り消す', 'Cancel booking') });
    button.addEventListener('click', () => cancel(b));
    item.append(button);
    return item;
  }

  async function load() {
    const taken = turn();
    const [bookings, loaded] = await Promise.all([api(base()), schedule ? Promise.resolve(schedule) : api('/api/childcare/v1/vaccinations/schedule')]);
    if (superseded(taken)) return;
    schedule = loaded;
    const list = el('ul', { className: 'cards', id: 'vaccination-list' });
    if (bookings.length === 0) list.append(el('li', { textContent: t(`${personName()} さんの予防接種の予約はありません。`, `No vaccination bookings for ${personName()}.`) }));
    for (const b of bookings) list.append(bookingItem(b));
    $('vaccinations').replaceChildren(
      el('p', { className: 'hint', textContent: t('お子さんの予約は、上の「表示する人」でお子さんを選んでから行います。', 'To book for your child, choose the child under "Person shown" above first.') }),
      list, bookingForm());
  }

  const fail = (message) => $('vaccinations').replaceChildren(el('p', { className: 'error', textContent: t('予防接種の情報を読み込めませんでした：', 'Could not load vaccinations: ') + message }));

  window.cityApp.sections.push({ load, fail });
})();
