// Bullets pasted from Word («•», «▪», «◦», or «–»/«o» followed by a tab) are
// not Markdown lists: on the page, in the e-mail and in its text part they run
// together into one paragraph. Reported with what to write instead. (Not
// turned into lists silently: the editor sees the text as written in the CMS,
// and «–» also starts ordinary lines.)
import { bulletSigns, tabbedBulletSigns } from '../lib/word-bullet-signs.ts';
import type { BodyProblem } from './problem.ts';

/** A Word bullet at the start of a line: a bullet sign, or a dash or «o» with Word's tab after it. */
const wordBullet = new RegExp(`^[ \\t]*([${bulletSigns}]|[${tabbedBulletSigns}](?=\\t))[ \\t]*(?=\\S)`);

/** The bullet sign as the message shows it; a tab is not visible. */
const shown = (line: string) => wordBullet.exec(line)?.[1] ?? '';

export function findWordBullets(body: string): BodyProblem[] {
  let fenced = false;
  return body.split(/\r?\n/).flatMap((text, i): BodyProblem[] => {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    if (fenced || !wordBullet.test(text)) return [];
    return [
      {
        line: i + 1,
        message: `linjen begynner med et punkttegn fra Word («${shown(text)}»), som ikke blir en punktliste; skriv «- » i starten av linjen for en punktliste (og la det være en tom linje før listen)`,
      },
    ];
  });
}

/** The Word bullet `text` starts with («•»), if it starts with one. */
export function leadingWordBullet(text: string): string | undefined {
  return wordBullet.test(text) ? shown(text) : undefined;
}
