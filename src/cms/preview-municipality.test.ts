// A municipality's CMS preview (preview-municipality.js, a browser script), with the site's functions and words sent
// as their source and values, as start-script.ts sends them.
import { beforeAll, describe, expect, it } from 'vitest';
import { all, previewRender, sent, textOf, type Node } from './preview-render.fixtures.ts';
import { likelyPuljeNote, municipalityKindLabels } from '../lib/municipality-facts.ts';
import { networkName } from '../lib/network.ts';
import { periodLabel } from '../lib/periods.ts';
import { counties, puljer } from '../schemas/vocabulary.ts';

let render: (data: Record<string, unknown>) => Node;

beforeAll(async () => {
  render = await previewRender('preview-municipality.js', 'kompetansebankenMunicipalityPreview', {
    ...JSON.parse(JSON.stringify({ kindLabels: municipalityKindLabels, likelyPuljeNote, counties, puljer })),
    networkName: sent(networkName),
    periodLabel: sent(periodLabel),
    nameOf: (key: string) => (key === 'municipalities/innherred-samkommune' ? 'Innherred samkommune' : undefined),
  });
});

/** The facts as «term: value» lines. */
const facts = (preview: Node) => all(all(preview, 'dl').find((dl) => dl.props?.className === 'facts')!, 'div').filter((div) => div.children.some((child) => typeof child === 'object' && child?.tag === 'dt')).map((div) => `${textOf(div.children[0]!)}: ${textOf(div.children[1]!)}`);

describe('the preview of a municipality', () => {
  // The secretariat's finding: the preview showed bare values («kommune», «nord-trondelag», «II»).
  it('shows its name and facts as its page says them', () => {
    const preview = render({ name: 'Verdal', kind: 'kommune', county: 'nord-trondelag', pulje: 'II', puljeConfidence: 'sannsynlig', network: 'P2 NV 10', partOf: 'innherred-samkommune', note: 'Kildene er uklare.' });
    expect(textOf(all(preview, 'h1')[0]!)).toBe('Verdal');
    expect(facts(preview)).toEqual([
      'Type: Kommune',
      'Fylke (2009): Nord-Trøndelag',
      'Pulje: Pulje II (sannsynlig; rekonstruert fra deltakerlisten i sluttrapportens vedlegg 8)',
      'Nettverk: Nettverk 10 i pulje II (kalt P2 NV 10 i oversikten over samlinger i sluttrapportens vedlegg 2, s. 52 og 53)',
      'Del av: Innherred samkommune',
    ]);
    expect(all(preview, 'p').map(textOf)).toEqual(['Kildene er uklare.']);
  });

  it('shows a file without a kind as a kommune, a county left out as the page says it, and each figure with its period and source', () => {
    const preview = render({ name: 'Bydel Nordre Aker', keyFigures: [{ value: '6,9 %', label: 'sykefravær', period: 'Q4 05', source: { doc: 'S002', page: 24 } }] });
    expect(facts(preview)).toEqual(['Type: Kommune', 'Fylke (2009): Går ikke fram av kildene']);
    expect(textOf(all(preview, 'h2')[0]!)).toBe('Tall fra kildene');
    expect(all(preview, 'dd').slice(-2).map(textOf)).toEqual(['6,9 %', '4. kv. 2005. Kilde: S002, s. 24']);
    expect(facts(render({ name: 'Oslo', kind: 'bydel' }))[0]).toBe('Type: Bydel i Oslo');
  });

  it('draws a new municipality with nothing filled in', () => {
    expect(() => render({})).not.toThrow();
  });
});
