// A line that starts with a year or an ordinal and a full stop («2010. Det
// året …», «17. mai var …», «1. januar 2009 startet …») is an ordered list in
// Markdown, not a paragraph: the page shows «2010.» as a list number and the
// sentence indented beside it. Norwegian writes dates and years this way, so
// such lists are refused with the line and what to write instead; lists that
// are meant (1., 2., 3. …, or one that goes on after text in between) pass.
import { monthAfterDay as month } from '../markdown/dated-lines.ts';
import type { BodyProblem } from './problem.ts';

interface Node {
  type: string;
  ordered?: boolean | null;
  start?: number | null;
  position?: { start: { line: number; offset?: number } };
  children?: Node[];
}

/** A list item's number and what follows it on its line, read from the body. */
function itemText(item: Node, body: string): { number: number; delimiter: string; rest: string } | undefined {
  const offset = item.position?.start.offset;
  if (offset === undefined) return undefined;
  const line = body.slice(offset).split(/\r?\n/, 1)[0] ?? '';
  const match = /^(\d{1,9})([.)])[ \t]*(.*)$/.exec(line);
  return match ? { number: Number(match[1]), delimiter: match[2]!, rest: match[3]!.trimEnd() } : undefined;
}

/** The first few words after the number, for the message: «Det året …». */
function opening(rest: string): string {
  const words = rest.split(/\s+/).filter(Boolean);
  const shown = words.slice(0, 3).join(' ');
  const short = shown.length > 30 ? `${shown.slice(0, 30).trimEnd()}` : shown;
  return short.length < rest.length ? `${short} …` : short;
}

function message(number: number, rest: string): string {
  const words = opening(rest);
  const asWritten = `${number}.${words ? ` ${words}` : ''}`;
  const escaped = `${number}\\.${words ? ` ${words}` : ''}`;
  const date = month.test(rest);
  const rewrite =
    number >= 1000
      ? `, eller skriv om: «I ${number} …»`
      : date
        ? `, eller skriv om: «Den ${number}. ${words}»`
        : ', eller skriv om så linjen ikke begynner med tallet (en nummerert liste begynner med 1.)';
  return `linjen begynner med «${asWritten}», og et tall med punktum først på linjen blir en nummerert liste i Markdown, ikke vanlig tekst; skriv «${escaped}» med \\ foran punktumet${rewrite}`;
}

/** The ordered lists in the tree, in order; `nested`: those inside a list's item (an item's sub-list). */
function orderedLists(node: Node, found: Node[] = [], nested = new Set<Node>(), inItem = false): { lists: Node[]; nested: Set<Node> } {
  if (node.type === 'list' && node.ordered) {
    found.push(node);
    if (inItem) nested.add(node);
  }
  for (const child of node.children ?? []) orderedLists(child, found, nested, inItem || node.type === 'listItem');
  return { lists: found, nested };
}

/**
 * Ordered lists that are a year, a date or an ordinal at the start of a line:
 * a list from a year («2010.»), or of one item from above 1 («17.», «3. plass»),
 * that does not go on from an earlier list; an item that is a day and a month
 * («1. januar»); a list of one item, «1.», whose text goes on in lower case
 * («1. kvartal var …») with no «2.» after it, unless it is an item's sub-list. A list of several items from 3
 * («3. Tre», «4. Fire») is meant as one.
 */
export function findNumberedLines(tree: Node, body: string): BodyProblem[] {
  const { lists, nested } = orderedLists(tree);
  const found = new Map<number, BodyProblem>();
  const report = (item: Node, number: number, rest: string) => {
    const line = item.position?.start.line;
    if (line !== undefined && !found.has(line)) found.set(line, { line, message: message(number, rest) });
  };
  lists.forEach((list, index) => {
    const items = list.children ?? [];
    const first = items[0] && itemText(items[0], body);
    if (!first || first.delimiter !== '.') return;
    const start = list.start ?? 1;
    const goesOn = lists.slice(0, index).some((earlier) => (earlier.start ?? 1) + (earlier.children?.length ?? 0) === start);
    if (start > 1 && !goesOn && (items.length === 1 || start >= 1000)) report(items[0]!, first.number, first.rest);
    for (const item of items) {
      const text = itemText(item, body);
      if (text && text.number <= 31 && month.test(text.rest)) report(item, text.number, text.rest);
    }
    const followedByTwo = lists.slice(index + 1).some((later) => later.start === 2);
    // A sub-list of one item («- under b» then «  1. dypt») is a list as written: a date is not typed indented there.
    if (start === 1 && items.length === 1 && /^\p{Ll}/u.test(first.rest) && !followedByTwo && !nested.has(list)) report(items[0]!, first.number, first.rest);
  });
  return [...found.values()];
}
