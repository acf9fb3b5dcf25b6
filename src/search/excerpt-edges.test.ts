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
