import { describe, expect, it } from 'vitest';
import { contentTypes, newsFields } from './search-fields.ts';

describe('newsFields', () => {
  const date = { date: new Date(Date.UTC(2010, 5, 1)), precision: 'month' as const };

  it('names a press release by its number, as the lists do, and files it under the type alone', () => {
    const fields = newsFields({ kind: 'pressemelding', number: 4, lang: 'nb', date }, [{ name: 'Nøtterøy' }]);
    // A search result read «Pressemelding · juni 2010», the press room «Pressemelding nr. 4 · juni 2010».
    expect(fields.label).toBe('Pressemelding nr. 4');
    expect(fields.type).toBe(contentTypes.pressRelease);
    expect(fields.filters).toEqual({ kommune: ['Nøtterøy'], sprak: ['Bokmål'] });
    expect(fields.date).toEqual({ sort: '2010-06', shown: 'juni 2010' });
  });

  it('names a news item by its type', () => {
    const fields = newsFields({ kind: 'nyhet', lang: 'nb', date }, []);
    expect(fields.type).toBe(contentTypes.news);
    expect(fields.label).toBe(fields.type);
  });
});
