// An event's preview as its page shows it (pages/arrangementer/[id].astro, EntryLayout.astro): above the title what
// kind of gathering it is, and under the ingress «Når» (its dates, with «Når (fritekst)» beside them, as the list and
// the page say them: lib/events.ts eventWhen), «Hvor» (a place a line) and «Påmeldingsfrist». Decap's preview showed
// the title and the text only, so the secretariat could not see the days it was about to announce. What is not filled
// in yet, or not a date, is said so in brackets, where the page would have it.
// Runs in the browser (see start-script.ts) as parts of the entry's preview (browser/preview.js), each given the
// entry's data as plain values. `formatDate`, `formatDateRange`, `datesWithNote`, `readDate` and `after` are the
// site's own (src/lib/, src/schemas/), sent as their source; `kinds` the kinds' names.
window.kompetansebankenEventPreview = function eventPreview({ h, kinds, formatDate, formatDateRange, datesWithNote, readDate, after, now = () => new Date() }) {
  const text = (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
  /** A date field as the page reads it, or what the preview says instead: [date] or [undefined, «(… mangler)»]. */
  const dateOf = (value, missing) => {
    const typed = text(value);
    if (typed === '') return [undefined, missing];
    const date = readDate(value);
    return date ? [date] : [undefined, `(«${typed}» er ikke en dato)`];
  };
  return {
    header(data) {
      return h('p', { className: 'meta' }, kinds[data.kind] ?? '(type arrangement mangler)');
    },
    beforeText(data) {
      const [start, noStart] = dateOf(data.date, '(dato mangler)');
      const [end, noEnd] = dateOf(data.end, '');
      const when = start ? datesWithNote(formatDateRange(start, end), text(data.when)) : noStart;
      const places = (Array.isArray(data.places) ? data.places : []).map(text).filter(Boolean);
      const [deadline, noDeadline] = dateOf(data.registrationDeadline, '');
      const passed = deadline && after(deadline).getTime() <= now().getTime();
      const fact = (term, ...values) => h('div', { key: term }, h('dt', null, term), ...values.map((value, i) => h('dd', { key: i }, value)));
      return h('dl', { className: 'event-facts' },
        fact('Når', noEnd ? `${when} ${noEnd}` : when),
        places.length > 0 ? fact('Hvor', ...places) : null,
        deadline ? fact('Påmeldingsfrist', passed ? `Gikk ut ${formatDate(deadline)}` : formatDate(deadline)) : noDeadline ? fact('Påmeldingsfrist', noDeadline) : null);
    },
  };
};
