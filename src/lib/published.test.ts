import { describe, expect, it } from 'vitest';
import { isPublished } from './published.ts';

const now = new Date('2010-06-15T12:00:00Z');
const day = (iso: string) => ({ date: new Date(`${iso}T00:00:00Z`), precision: 'day' as const });

describe('isPublished', () => {
  it('publishes entries that are not drafts and not dated in the future', () => {
    expect(isPublished({ data: {} }, now, false)).toBe(true);
    expect(isPublished({ data: { draft: false, date: day('2010-06-15') } }, now, false)).toBe(true);
  });

  it('holds back drafts', () => {
    expect(isPublished({ data: { draft: true } }, now, false)).toBe(false);
  });

  it('holds back entries dated after today until their date', () => {
    expect(isPublished({ data: { date: day('2010-06-16') } }, now, false)).toBe(false);
    expect(isPublished({ data: { date: day('2010-06-16') } }, new Date('2010-06-16T00:00:00Z'), false)).toBe(true);
  });

  it('shows drafts and future entries while previewing', () => {
    expect(isPublished({ data: { draft: true, date: day('2030-01-01') } }, now, true)).toBe(true);
  });
});
