import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cachedSocialCard } from './cached-social-card.ts';
import { renderSocialCard } from './social-card.ts';

const dir = mkdtempSync(join(tmpdir(), 'social-card-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cached social card', () => {
  const card = { kicker: 'Godt eksempel fra Kárášjohka', title: 'Sykefravær og nærvær i Porsáŋgu' };

  it('gives the same bytes from the cache as a fresh drawing, without drawing again', async () => {
    const draw = vi.fn(renderSocialCard);
    const miss = await cachedSocialCard(card, { draw, dir });
    const notDrawn = vi.fn(renderSocialCard);
    const hit = await cachedSocialCard(card, { draw: notDrawn, dir });
    expect(draw).toHaveBeenCalledTimes(1);
    expect(notDrawn).not.toHaveBeenCalled();
    expect(hit.equals(miss)).toBe(true);
    expect(hit.equals(await renderSocialCard(card))).toBe(true);
  });

  it('draws again when the title changed', async () => {
    const draw = vi.fn(renderSocialCard);
    await cachedSocialCard({ ...card, title: 'En annen tittel' }, { draw, dir });
    expect(draw).toHaveBeenCalledTimes(1);
  });
});
