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
