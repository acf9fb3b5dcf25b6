// The search page's filter groups (sok.astro: «Avgrens og sorter»): their values, and each value's count for the
// search on screen. Loaded with the filters (scripts/search.ts: loadFilters), when a group is opened or the address
// chooses a filter, so a first search does not download it (tests/budgets.spec.ts).

type Counts = Record<string, Record<string, number>>;

const collator = new Intl.Collator('nb');

/** Puts each group's values in; a group no page has a value for goes. */
export function fillFilters(filterBox: HTMLElement, all: Counts): void {
  for (const details of filterBox.querySelectorAll<HTMLDetailsElement>('details[data-filter]')) {
    const key = details.dataset.filter ?? '';
    const values = Object.keys(all[key] ?? {}).sort(collator.compare);
    if (values.length === 0) {
      details.remove();
      continue;
    }
    const fieldset = details.querySelector('fieldset');
    values.forEach((value, i) => {
      const id = `filter-${key}-${i}`;
      const box = document.createElement('input');
      Object.assign(box, { type: 'checkbox', id, name: key, value });
      const label = document.createElement('label');
      label.htmlFor = id;
      label.dataset.value = value;
      label.textContent = value;
      const row = document.createElement('div');
      row.className = 'filter-option';
      row.append(box, label);
      fieldset?.append(row);
    });
    const none = document.createElement('p');
    Object.assign(none, { className: 'filter-none', hidden: true, textContent: 'Ingen av treffene har en verdi her.' });
    fieldset?.append(none);
  }
}

/**
 * Each value with how many hits it has. A value no hit has is left out (as on
 * nav.no's and most sites' filters: 139 municipalities would bury the few that
 * matter), unless it is ticked, so it can still be unticked, or has the focus
 * (hiding it would drop the focus): then it is unavailable (aria-disabled, no
 * tick), not offered as a choice with no hits («Film (0)» after a new query),
 * and it goes once the focus leaves it.
 */
export function showCounts(filterBox: HTMLElement, counts: Counts): void {
  for (const fieldset of filterBox.querySelectorAll<HTMLFieldSetElement>('fieldset')) {
    let shownValues = 0;
    for (const label of fieldset.querySelectorAll<HTMLLabelElement>('label')) {
      const key = label.htmlFor.split('-')[1] ?? '';
      const value = label.dataset.value ?? '';
      const count = counts[key]?.[value] ?? 0;
      label.textContent = `${value} (${count})`;
      const row = label.parentElement;
      if (!row) continue;
      const idle = count === 0 && !row.querySelector('input:checked');
      row.hidden = idle && !row.contains(document.activeElement);
      row.querySelector('input')?.setAttribute('aria-disabled', String(idle));
      if (!row.hidden) shownValues++;
    }
    const none = fieldset.querySelector<HTMLElement>('.filter-none');
    if (none) none.hidden = shownValues > 0;
  }
}

