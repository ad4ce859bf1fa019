// "My rides" (Mobility demand taxi): book from a list of named places (no map, no coordinates to type), see each
// ride's status in words, cancel.
'use strict';

(() => {
  const { state, t, el, $, api, say, act, turn, superseded, time, places, placeSelect, place } = window.cityApp;
  const base = () => `/api/mobility/v1/residents/${state.person}/rides`;

  const outcomeText = (o) => ({
    accepted: t('予約できました', 'Booked'),
    alternatives: t('ご希望の時間は満席です。別の時間をお選びください', 'Full at that time: choose another time'),
    declined: t('予約できませんでした', 'Could not be booked'),
    cancelled: t('取り消しました', 'Cancelled'),
    displaced: t('災害時の避難送迎のため、予約を移しました', 'Moved to make room for an evacuation ride'),
  }[o] || o);
  const window_ = (w) => (w ? `${time(w.start)} – ${new Date(w.end).toLocaleTimeString(state.lang === 'en' ? 'en-GB' : 'ja-JP', { hour: '2-digit', minute: '2-digit' })}` : '-');
  const label = (p) => p?.label ?? '-';

  function bookingForm() {
    const form = el('form', { className: 'ride-form', noValidate: true });
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    tomorrow.setHours(10, 0, 0, 0);
    const local = new Date(tomorrow.getTime() - tomorrow.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
    form.append(
      el('h3', { textContent: t('送迎を予約する', 'Book a ride') }),
      ...placeSelect('ride-from', t('乗る場所', 'Pick up at')),
      ...placeSelect('ride-to', t('降りる場所', 'Drop off at')),
      el('label', { htmlFor: 'ride-at', textContent: t('乗りたい時刻（この時刻以降）', 'Pick up at or after') }),
      el('input', { id: 'ride-at', type: 'datetime-local', value: local, required: true }),
      el('label', { htmlFor: 'ride-passengers', textContent: t('乗る人数', 'Passengers') }),
      el('input', { id: 'ride-passengers', type: 'number', min: 1, max: 4, value: 1, inputMode: 'numeric' }),
      el('div', { className: 'check' }, el('input', { id: 'ride-wheelchair', type: 'checkbox' }), el('label', { htmlFor: 'ride-wheelchair', textContent: t('車いすで乗ります', 'I travel in a wheelchair') })),
      el('button', { type: 'submit', className: 'primary', textContent: t('予約する', 'Book') }));
    form.addEventListener('submit', (event) => { event.preventDefault(); book(); });
    return form;
  }

  async function book() {
    const from = place($('ride-from').value);
    const to = place($('ride-to').value);
    if (!from || !to) { say(t('乗る場所と降りる場所を選んでください。', 'Choose where to be picked up and dropped off.')); return; }
    if (from.id === to.id) { say(t('乗る場所と降りる場所が同じです。', 'Pickup and drop-off are the same place.')); return; }
    const at = new Date($('ride-at').value);
    if (Number.isNaN(at.getTime())) { say(t('時刻を入れてください。', 'Enter a time.')); return; }
    const body = {
      pickup: { lat: from.lat, lon: from.lon, label: from.name },
      dropoff: { lat: to.lat, lon: to.lon, label: to.name },
      earliestPickup: at.toISOString(),
      passengers: Number($('ride-passengers').value) || 1,
      wheelchair: $('ride-wheelchair').checked,
    };
    await act(() => api(base(), { method: 'POST', body: JSON.stringify(body) }),
      (ride) => outcomeText(ride.outcome) + (ride.promisedPickup ? t('：お迎え ', ': pickup ') + window_(ride.promisedPickup) : ''), load);
  }

  const cancel = (ride) => act(() => api(`${base()}/${ride.rideId}/cancel`, { method: 'POST' }), t('予約を取り消しました。', 'Ride cancelled.'), load);

  function rideItem(ride) {
    const item = el('li', { className: 'ride ride-' + ride.outcome },
      el('h3', { textContent: `${label(ride.pickup)} → ${label(ride.dropoff)}` }),
      el('span', { className: 'state' + (ride.outcome === 'accepted' ? ' active' : ''), textContent: outcomeText(ride.outcome) }));
    const facts = el('dl', {},
      el('dt', { textContent: t('お迎え', 'Pickup') }), el('dd', { textContent: window_(ride.promisedPickup) }));
    if (ride.estimatedPickup) facts.append(el('dt', { textContent: t('到着見込み', 'Expected') }), el('dd', { textContent: time(ride.estimatedPickup) }));
    if (ride.bookedBy && ride.bookedBy !== 'self') facts.append(el('dt', { textContent: t('予約した人', 'Booked by') }), el('dd', { textContent: ride.bookedBy === 'staff' ? t('市の職員', 'city staff') : t('代理の方', 'a proxy') }));
    if (ride.channel === 'Evacuation') facts.append(el('dt', { textContent: t('種類', 'Kind') }), el('dd', { textContent: t('避難の送迎（取り消しは市が行います）', 'Evacuation ride (the city cancels it if needed)') }));
    if (ride.alternatives?.length) facts.append(el('dt', { textContent: t('空いている時間', 'Free times') }), el('dd', {}, el('ul', {}, ...ride.alternatives.map((a) => el('li', { textContent: window_(a) })))));
    item.append(facts);
    if (ride.outcome === 'accepted' && ride.cancellable !== false) {
      const button = el('button', { type: 'button', className: 'danger', textContent: t('予約を取り消す', 'Cancel ride') });
      button.addEventListener('click', () => cancel(ride));
      item.append(button);
    }
    return item;
  }

  async function load() {
    const taken = turn();
    const [rides] = await Promise.all([api(base()), places()]);
    if (superseded(taken)) return;
    const list = el('ul', { className: 'cards', id: 'ride-list' });
    if (rides.length === 0) list.append(el('li', { textContent: t('予約はありません。', 'No rides booked.') }));
    for (const ride of rides) list.append(rideItem(ride));
    $('rides').replaceChildren(list, bookingForm());
  }

  const fail = (message) => $('rides').replaceChildren(el('p', { className: 'error', textContent: t('送迎の情報を読み込めませんでした：', 'Could not load rides: ') + message }));

  window.cityApp.sections.push({ load, fail });
})();
