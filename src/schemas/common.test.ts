import { expect, it } from 'vitest';
import { title } from './common.ts';

it('a title needs a letter or a digit: spaces or punctuation alone are refused in Norwegian', () => {
  for (const text of ['', '   ', '«?!»', '– …']) {
    const result = title.safeParse(text);
    expect(result.success, text).toBe(false);
    expect(result.error?.issues[0]?.message, text).toBe('må ha minst én bokstav eller ett tall');
  }
  for (const text of ['Ŋ', 'Čáhcesuolu', 'Åpen dag', '2009', '«K = O/F»']) expect(title.safeParse(text).success, text).toBe(true);
});

it('a title longer than a heading should be (a pasted paragraph) is refused in Norwegian, saying where the rest goes', () => {
  expect(title.safeParse('K'.repeat(150)).success).toBe(true);
  const result = title.safeParse(`${'Samling i Deatnu '.repeat(23)}`.trim());
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.message).toBe('er 390 tegn; en tittel kan ha høyst 150. Skriv en kortere tittel, og legg resten i ingressen');
});
