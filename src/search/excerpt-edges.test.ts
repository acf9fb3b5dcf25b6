import { describe, expect, it } from 'vitest';
import { excerptEdges } from './excerpt-edges.ts';

describe('excerptEdges', () => {
  const content = 'Ti punkter for et redusert sykefravær. Punktene oppsummerer arbeidet. Over 900 meldte seg på, og her ble de ti punktene lagt fram.';

  it('marks an excerpt cut inside the title and mid-sentence with «…» at both ends', () => {
    expect(excerptEdges('for et redusert sykefravær. Punktene oppsummerer arbeidet. Over 900 meldte seg på, og her ble', content)).toEqual(['… ', ' …']);
  });

  it('adds nothing where the excerpt begins or ends the text or a sentence', () => {
    expect(excerptEdges('Ti punkter for et redusert sykefravær.', content)).toEqual(['', '']);
    expect(excerptEdges('Punktene oppsummerer arbeidet.', content)).toEqual(['', '']);
    expect(excerptEdges(content, content)).toEqual(['', '']);
  });

  it('puts back the rest of a word the cut went through', () => {
    expect(excerptEdges('punkter for et redusert syke', content)).toEqual(['… ', 'fravær.']);
    expect(excerptEdges('fravær. Punktene oppsummerer', content)).toEqual(['… syke', ' …']);
  });

  it('reads spaces of any kind as one, and leaves an excerpt it cannot find as it is', () => {
    expect(excerptEdges('900\u00a0meldte  seg', content)).toEqual(['… ', ' …']);
    expect(excerptEdges('ikke på siden', content)).toEqual(['', '']);
  });
});

// Fresh eyes: excerpts that lost their start or end with no «…» to say so.
describe('excerptEdges where a point or colon ends no sentence', () => {
  const figures =
    'Tall fra kildene. sykefravær på Nøtterøy (egenmeldt og legemeldt, PAI-tall): 8,7 prosent (4. kvartal 2005 til og med 3. kvartal 2006). sykefravær på Nøtterøy (PAI-tall): 9,1 prosent. Merk: Den loddrette aksen starter på 8,4.';

  it('marks an excerpt begun after an ordinal («3. kvartal») or in lower case after a sentence as cut', () => {
    expect(excerptEdges('kvartal 2006). sykefravær på Nøtterøy (PAI-tall): 9,1 prosent.', figures)[0]).toBe('… ');
    expect(excerptEdges('sykefravær på Nøtterøy (PAI-tall): 9,1 prosent.', figures)[0]).toBe('… ');
  });

  it('marks an excerpt that ends on «Merk:», or begins after a label’s colon, as cut', () => {
    expect(excerptEdges('9,1 prosent. Merk:', figures)).toEqual(['… ', ' …']);
  });

  it('still adds nothing after a sentence ended by a year, or before one that starts in upper case', () => {
    const text = 'Kommunen startet i 2007. Arbeidet gikk godt. Den loddrette aksen.';
    expect(excerptEdges('Arbeidet gikk godt.', text)).toEqual(['', '']);
  });

  it('finds an excerpt of pieces joined by « … » piece by piece', () => {
    const rows = 'Prosent. Vaksdal: 11,9 % (a), 10,7 % (b), 10,2 % (c), 11,2 % (d). Tana: 11,4 % (a).';
    expect(excerptEdges('Vaksdal: … 10,2 % (c), 11,2 %', rows)).toEqual(['', ' …']);
    expect(excerptEdges('Vaksdal: … 10,2 % (c), 11,2 % (d).', rows)).toEqual(['', '']);
  });
});
