import { describe, expect, it } from 'vitest';
import { barLayout, type BarItem } from './bar-layout.ts';

const format = (n: number) => String(n);
const bars = (items: BarItem[]) => items.filter((i) => i.kind === 'bar');

describe('barLayout', () => {
  it('makes bar lengths proportional to the values, from zero', () => {
    const layout = barLayout(
      [
        { label: 'Barnehage', value: 40 },
        { label: 'Grunnskole', value: 110 },
        { label: 'Gjennomgående', value: 23 },
      ],
      { format },
    );
    // The axis ends at the nice value 120.
    expect(bars(layout.items).map((b) => b.widthPct)).toEqual([33.33, 91.67, 19.17]);
    expect(bars(layout.items).map((b) => b.valueInside)).toEqual([false, true, false]);
  });

  it('stacks labels and bars without overlap, and reports the total height', () => {
    const layout = barLayout(
      [
        { label: 'Sykefraværskonferansene 2010 (fem konferanser til sammen)', value: 900 },
        { label: 'Kvalitetskonferansen 2009', value: 800 },
      ],
      { format, lowerBounds: true },
    );
    const [first, second] = bars(layout.items);
    expect(first!.labelLines.map((l) => l.text)).toEqual(['Sykefraværskonferansene 2010 (fem', 'konferanser til sammen)']);
    expect(second!.labelLines[0]!.y).toBeGreaterThan(first!.barY + layout.barHeight);
    expect(layout.height).toBeGreaterThan(second!.barY + layout.barHeight);
    expect(first!.valueLabel).toBe('over 900');
  });

  it('groups rows named «Gruppe: navn» under headings', () => {
    const layout = barLayout(
      [
        { label: 'System: Kvalitetssystem', value: 4 },
        { label: 'System: Tidlig innsats', value: 5 },
        { label: 'Atferd: Økt brukertilfredshet', value: 6 },
      ],
      { format },
    );
    expect(layout.items.map((i) => (i.kind === 'group' ? `# ${i.text}` : i.labelLines[0]!.text))).toEqual([
      '# System',
      'Kvalitetssystem',
      'Tidlig innsats',
      '# Atferd',
      'Økt brukertilfredshet',
    ]);
  });

  it('draws no bar for a lost value and says so', () => {
    const [lost] = bars(barLayout([{ label: 'a', value: null }, { label: 'b', value: 3 }], { format }).items);
    expect(lost).toMatchObject({ widthPct: 0, valueLabel: 'tapt i kilden' });
  });
});
