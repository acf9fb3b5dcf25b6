// The SPC tool's page script: reads the form, computes the chart with
// src/spc, and shows chart, signals, rules and table. Downloads are made in
// the browser. Nothing is fetched or sent, so the tool works offline once the
// page has loaded.
import { ChartInputError, iChart, pChart, percentBounds, runChart, type ChartResult, type ChartType } from '../spc/charts.ts';
import { explainSignal, rulesFor, summarise } from '../spc/explain.ts';
import { parseProportions, parseValues, type ParseProblem } from '../spc/parse.ts';
import { isPercent, measureRangeWarnings } from '../spc/plausibility.ts';
import { sickLeaveExample } from '../spc/sick-leave-example.ts';
import { spcSvg } from '../spc/svg.ts';
import { displayRows, toCsv } from '../spc/table.ts';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing`);
  return element as T;
}

const form = byId<HTMLFormElement>('spc-form');
// The page ships it disabled, so nothing is sent anywhere if this script never runs.
byId<HTMLButtonElement>('spc-submit').disabled = false;
const data = byId<HTMLTextAreaElement>('spc-data');
const baselineInput = byId<HTMLInputElement>('spc-baseline');
const titleInput = byId<HTMLInputElement>('spc-title');
const measureInput = byId<HTMLInputElement>('spc-measure');
const errors = byId<HTMLElement>('spc-errors');
const errorList = byId<HTMLUListElement>('spc-error-list');
const status = byId<HTMLElement>('spc-status');
const resultSection = byId<HTMLElement>('spc-result');
const chartBox = byId<HTMLElement>('spc-chart');

/** A p-chart example: sick days of possible working days, made up. */
const proportionExample = `Måned;Fraværsdager;Mulige dagsverk
jan 2024;131;1520
feb 2024;118;1410
mar 2024;126;1560
apr 2024;109;1380
mai 2024;121;1490
jun 2024;97;1310
jul 2024;64;980
aug 2024;102;1450
sep 2024;88;1500
okt 2024;85;1540
nov 2024;81;1490
des 2024;70;1260`;

let current: { result: ChartResult; title: string; measure: string } | undefined;

/**
 * The baseline the example filled in, while it is the example's: the user's own numbers that replace the example's
 * take it away (a baseline of 12 stayed with three pasted values, an error about a field the user never touched).
 * One the user types is theirs and is never changed.
 */
let exampleBaseline: string | undefined;

function chartType(): ChartType {
  const checked = form.querySelector<HTMLInputElement>('input[name="type"]:checked');
  return (checked?.value as ChartType | undefined) ?? 'i';
}

/** A problem to fix before a chart is drawn, and the field it is in (the numbers, or the baseline). */
interface Problem {
  message: string;
  field: HTMLTextAreaElement | HTMLInputElement;
}

/**
 * Lists the problems, each a link that puts the cursor in its field, and marks those fields invalid
 * (an error summary as GOV.UK's and Designsystemet's: the baseline's problem pointed at nothing, and the numbers were
 * marked invalid for it).
 */
function showProblems(problems: Problem[]) {
  errorList.replaceChildren(
    ...problems.map(({ message, field }) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.className = 'ds-link';
      link.href = `#${field.id}`;
      link.textContent = message;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        field.focus();
      });
      item.append(link);
      return item;
    }),
  );
  errors.hidden = false;
  resultSection.hidden = true;
  for (const field of [data, baselineInput]) {
    if (problems.some((p) => p.field === field)) field.setAttribute('aria-invalid', 'true');
    else field.removeAttribute('aria-invalid');
  }
  status.textContent = '';
  errors.focus();
}

function clearProblems() {
  errors.hidden = true;
  errorList.replaceChildren();
  for (const field of [data, baselineInput]) field.removeAttribute('aria-invalid');
}

function parseBaseline(): number | undefined | ParseProblem {
  const text = baselineInput.value.trim();
  if (text === '') return undefined;
  if (!/^\d+$/.test(text)) return { line: 0, message: `Grunnlagsperioden må være et helt tall, ikke «${text}».` };
  return Number(text);
}

function compute(): ChartResult | Problem[] {
  const type = chartType();
  const proportions = type === 'p' ? parseProportions(data.value) : undefined;
  const values = type === 'p' ? undefined : parseValues(data.value);
  const parsed = proportions ?? values!;
  const problems: Problem[] = parsed.problems.map((p) => ({ message: p.message, field: data }));
  if (parsed.points.length === 0 && problems.length === 0) problems.push({ message: 'Lim inn eller skriv tallene dine i tekstfeltet, én måling per linje.', field: data });
  const baseline = parseBaseline();
  if (typeof baseline === 'object') problems.push({ message: baseline.message, field: baselineInput });
  if (problems.length > 0 || typeof baseline === 'object') return problems;
  try {
    // What was skipped (empty lines, periods without a number) is said first, above the chart.
    if (proportions) {
      const chart = pChart(proportions.points, baseline);
      chart.warnings.unshift(...parsed.notes);
      return chart;
    }
    const measure = measureInput.value.trim();
    // A percentage cannot be below 0 or above 100, so neither can its limits.
    const chart = type === 'run' ? runChart(values!.points, baseline) : iChart(values!.points, baseline, isPercent(measure) ? percentBounds : undefined);
    chart.warnings.unshift(...parsed.notes);
    chart.warnings.push(...measureRangeWarnings(values!.points, measure));
    return chart;
  } catch (error) {
    if (!(error instanceof ChartInputError)) throw error;
    if (!/^Grunnlagsperioden/.test(error.message)) return [{ message: error.message, field: data }];
    // The example's baseline, which the user never typed, says so, and what to do.
    const fromExample = baselineInput.value.trim() === exampleBaseline;
    const message = fromExample ? `${error.message} Tallet ${exampleBaseline} ble fylt inn av eksempelet. Tøm feltet «Grunnlagsperiode» for å bruke alle punktene.` : error.message;
    return [{ message, field: baselineInput }];
  }
}

function chartWidth(): number {
  // As wide as its column, so that its text is shown at its own size: drawn 300 wide in a 320 px phone's
  // 288 px column, 12 px text was shown smaller.
  return Math.max(240, Math.min(960, Math.round(chartBox.clientWidth || resultSection.clientWidth || 640)));
}

function drawChart() {
  if (!current) return;
  const width = chartWidth();
  const height = Math.round(Math.max(300, Math.min(460, width * 0.55)));
  // Our own markup from spcSvg, with every text escaped.
  chartBox.innerHTML = spcSvg(current.result, { width, height, title: current.title, measure: current.measure, idPrefix: 'spc-chart' });
}

function listItems(list: HTMLElement, texts: string[], make?: (text: string) => Node) {
  list.replaceChildren(
    ...texts.map((text) => {
      const item = document.createElement('li');
      item.append(make ? make(text) : text);
      return item;
    }),
  );
}

function fillTable(result: ChartResult) {
  const table = byId<HTMLTableElement>('spc-table');
  const { headers, rows } = displayRows(result);
  // Named by the heading above the scrolling table, not a caption: a caption is as wide as the table and was
  // cut off mid-word on a phone («Sykefravær per måned: tallene i diag»).
  byId('spc-table-heading').textContent = current?.title ? `Tallene i diagrammet: ${current.title}` : 'Tallene i diagrammet';
  const head = document.createElement('thead');
  const headRow = head.insertRow();
  for (const text of headers) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    headRow.append(th);
  }
  const body = document.createElement('tbody');
  for (const row of rows) {
    const tr = body.insertRow();
    row.forEach((text, i) => {
      // The period names the row.
      const cell = i === 1 ? document.createElement('th') : document.createElement('td');
      if (cell instanceof HTMLTableCellElement && i === 1) cell.setAttribute('scope', 'row');
      cell.textContent = text;
      if (i !== 1 && i < headers.length - 2) cell.className = 'number';
      tr.append(cell);
    });
  }
  table.replaceChildren(head, body);
}

function show(result: ChartResult) {
  current = { result, title: titleInput.value.trim() || 'SPC-diagram', measure: measureInput.value.trim() || 'Verdi' };
  clearProblems();
  resultSection.hidden = false;
  byId('spc-summary').textContent = summarise(result);
  const warnings = byId('spc-warnings');
  warnings.hidden = result.warnings.length === 0;
  listItems(byId('spc-warning-list'), result.warnings);
  drawChart();
  const explanations = result.signals.map((s) => explainSignal(result, s));
  listItems(byId('spc-signals'), explanations);
  byId('spc-signals').hidden = explanations.length === 0;
  byId('spc-no-signals').hidden = explanations.length > 0;
  listItems(
    byId('spc-rules'),
    rulesFor[result.type].map((r) => `${r.rule} Kilde: ${r.source}`),
  );
  fillTable(result);
  const count = result.signals.length;
  status.textContent = `Diagrammet er laget. ${count === 0 ? 'Ingen signaler.' : count === 1 ? 'Ett signal.' : `${count} signaler.`}`;
}

function fileName(extension: string): string {
  const base =
    (current?.title ?? 'spc-diagram')
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'spc-diagram';
  return `${base}.${extension}`;
}

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The chart at a fixed size for files, independent of the window. */
function exportSvg(): string {
  if (!current) return '';
  return spcSvg(current.result, { width: 960, height: 520, title: current.title, measure: current.measure, idPrefix: 'spc-export' });
}

function downloadPng() {
  const svg = exportSvg();
  const image = new Image();
  image.addEventListener('load', () => {
    const scale = 2;
    // The chart is taller than 520 when what is measured is too long to stand along the axis (spc/svg.ts).
    const { naturalWidth: width, naturalHeight: height } = image;
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    canvas.toBlob((blob) => {
      if (blob) download(blob, fileName('png'));
    }, 'image/png');
  });
  // A data: URL, which the CSP allows for images (blob: it does not).
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const result = compute();
  if (Array.isArray(result)) showProblems(result);
  else show(result);
});

/** What the examples put in «Hva som måles», and what the page starts with: none of them is the user's own text. */
const exampleMeasures = new Set([measureInput.defaultValue, 'Andel fraværsdager (%)', 'Sykefravær (%)']);

byId('spc-example').addEventListener('click', () => {
  const type = chartType();
  const examples = [proportionExample, sickLeaveExample];
  const measure = type === 'p' ? 'Andel fraværsdager (%)' : 'Sykefravær (%)';
  const baseline = type === 'p' ? '6' : '12';
  // Nothing the user typed is replaced without a question that names it. Fresh eyes: a baseline of one's own became
  // the example's 12 without a word when the numbers field was empty.
  const own = [
    ...(data.value.trim() !== '' && !examples.includes(data.value) ? ['«Tallene dine»'] : []),
    ...(baselineInput.value.trim() !== '' && baselineInput.value.trim() !== exampleBaseline && baselineInput.value.trim() !== baseline ? ['«Grunnlagsperiode»'] : []),
    ...(!exampleMeasures.has(measureInput.value) && measureInput.value.trim() !== '' ? ['«Hva som måles»'] : []),
  ];
  const named = own.length > 1 ? `${own.slice(0, -1).join(', ')} og ${own.at(-1)}` : own[0];
  if (named && !window.confirm(`Vil du bytte ut det du har skrevet i ${named} med eksempelet?`)) return;
  data.value = type === 'p' ? proportionExample : sickLeaveExample;
  // Every field the example needs, so one example's axis title does not stay with the other's numbers.
  measureInput.value = measure;
  baselineInput.value = baseline;
  exampleBaseline = baseline;
  data.focus();
});

baselineInput.addEventListener('input', () => {
  exampleBaseline = undefined;
});

/** The example's lines of numbers (not its header), to tell when none of them is left in the field. */
const exampleLines = new Set([proportionExample, sickLeaveExample].flatMap((text) => text.split('\n').slice(1)));

data.addEventListener('input', () => {
  if (exampleBaseline === undefined) return;
  if (data.value.split(/\r?\n/).some((line) => exampleLines.has(line))) return;
  // The example's numbers are gone, and its baseline with them.
  if (baselineInput.value.trim() === exampleBaseline) {
    baselineInput.value = '';
    status.textContent = 'Eksempeltallene er byttet ut, så grunnlagsperioden fra eksempelet er fjernet. Nå brukes alle punktene.';
  }
  exampleBaseline = undefined;
});

byId('spc-download-svg').addEventListener('click', () => {
  download(new Blob([exportSvg()], { type: 'image/svg+xml' }), fileName('svg'));
});
byId('spc-download-png').addEventListener('click', downloadPng);
byId('spc-download-csv').addEventListener('click', () => {
  if (current) download(new Blob([toCsv(current.result)], { type: 'text/csv;charset=utf-8' }), fileName('csv'));
});

// Redraw at the new width when the window changes; the numbers stay the same.
let lastWidth = 0;
new ResizeObserver(() => {
  const width = chartWidth();
  if (current && Math.abs(width - lastWidth) > 20) {
    lastWidth = width;
    drawChart();
  }
}).observe(resultSection);
