// Bullets pasted from Word («•», «▪», «◦», or «–»/«o» followed by a tab) are
// not Markdown lists: on the page, in the e-mail and in its text part they run
// together into one paragraph. Reported with what to write instead. (Not
// turned into lists silently: the editor sees the text as written in the CMS,
// and «–» also starts ordinary lines.)
import { bulletSigns, symbolBulletSigns, tabbedBulletSigns } from '../lib/word-bullet-signs.ts';
import type { BodyProblem } from './problem.ts';

/** A Word bullet at the start of a line: a bullet sign, or a dash or «o» with Word's tab after it. */
const wordBullet = new RegExp(`^[ \\t]*([${bulletSigns}]|[${tabbedBulletSigns}](?=\\t))[ \\t]*(?=\\S)`);

/**
 * A bullet sign as a message quotes it. A Symbol bullet of Word's is an empty box or nothing outside Word's fonts, and
 * a message had quoted «»: it is named too.
 */
export const quotedBullet = (sign: string) =>
  symbolBulletSigns.includes(sign) && sign !== '' ? `«${sign}», vist som en tom rute eller ingenting, U+${sign.codePointAt(0)!.toString(16).toUpperCase()}` : `«${sign}»`;

/** The bullet sign of a line as the message shows it; a tab is not visible. */
const shown = (line: string) => quotedBullet(wordBullet.exec(line)?.[1] ?? '');

export function findWordBullets(body: string): BodyProblem[] {
  let fenced = false;
  return body.split(/\r?\n/).flatMap((text, i): BodyProblem[] => {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    if (fenced || !wordBullet.test(text)) return [];
    return [
      {
        line: i + 1,
        message: `linjen begynner med et punkttegn fra Word (${shown(text)}), som ikke blir en punktliste; skriv «- » i starten av linjen for en punktliste (og la det være en tom linje før listen)`,
      },
    ];
  });
}

/** The Word bullet `text` starts with («•»), if it starts with one. */
export function leadingWordBullet(text: string): string | undefined {
  return wordBullet.exec(text)?.[1];
}
