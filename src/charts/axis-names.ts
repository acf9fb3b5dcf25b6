// A chart may draw short names under its x axis (a figure table's `chart.axisLabels`) where the table's column
// names are too long. The short names are only for the eye: what the chart says in words (its accessible
// description, its summary) names each point by the table's column, and a visible key says which period each
// short name stands for. /tall/'s sick-leave chart drew «3. kv. 2006» for the period «4. kv. 2005 – 3. kv. 2006»
// and said «3. kv. 2006: 13,9» to a screen reader: a journalist would have written «13,9 % i 3. kvartal 2006».

/**
 * The key to short axis names, one «short = full» per column whose names differ, or '' when none do
 * («Under diagrammene står korte navn. Hvert punkt gjelder perioden i tabellen: 3. kv. 2006 = 4. kv. 2005 – 3. kv. 2006; …»).
 * Both lists are display labels (periodLabel), one per column.
 */
export function shortNamesKey(shortNames: readonly string[], columns: readonly string[], charts: 'diagrammet' | 'diagrammene'): string {
  const pairs = shortNames.flatMap((short, i) => {
    const full = columns[i];
    return full === undefined || full === short ? [] : [`${short} = ${full}`];
  });
  if (pairs.length === 0) return '';
  return `Under ${charts} står korte navn på kolonnene. Hvert punkt gjelder perioden som tabellen oppgir: ${pairs.join('; ')}.`;
}
