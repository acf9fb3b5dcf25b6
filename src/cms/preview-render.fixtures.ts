// Renders a CMS preview (a preview-*.js browser script) in a test, as the CMS page runs it: the script is read as
// source, and the site's functions reach it as their source (start-script.ts sends them so).
import { readFile } from 'node:fs/promises';

/** What the preview's `h` builds: a tag, its props and its children. */
export interface Node {
  tag: string;
  props: Record<string, unknown> | null;
  children: (Node | string | null)[];
}

export const h = (tag: string, props: Record<string, unknown> | null, ...children: (Node | string | null)[]): Node => ({ tag, props, children });

/** The text of a node and its children. */
export const textOf = (node: Node | string | null): string => (node === null ? '' : typeof node === 'string' ? node : node.children.map(textOf).join(''));

/** Every node with `tag`, the node itself included, in document order. */
export const all = (node: Node | string | null, tag: string): Node[] =>
  node === null || typeof node === 'string' ? [] : [...(node.tag === tag ? [node] : []), ...node.children.flatMap((child) => all(child, tag))];

/** A function as the CMS page gets it, from its source: it must need nothing from its module. */
export const sent = <F extends (...args: never[]) => unknown>(f: F): F => new Function(`return ${f.toString()}`)() as F;

/**
 * The render of `file`'s preview (which sets `window[name]`), given `deps` besides `h` and `createClass`: a function
 * from an entry's data (field name to value) to the preview's nodes.
 */
export async function previewRender(file: string, name: string, deps: Record<string, unknown>): Promise<(data: Record<string, unknown>) => Node> {
  const window: Record<string, (deps: unknown) => { render(this: unknown): Node }> = {};
  new Function('window', await readFile(new URL(file, import.meta.url), 'utf8'))(window);
  const template = window[name]!({ h, createClass: (spec: unknown) => spec, ...deps });
  return (data) => template.render.call({ props: { entry: { get: () => ({ get: (key: string) => data[key] }) } } });
}

/**
 * The parts that `file`'s preview (which sets `window[name]`) adds to an entry's preview (browser/preview.js), given
 * `deps` besides `h`: functions from the entry's data, as plain values, to the nodes they add.
 */
export async function previewParts<Parts>(file: string, name: string, deps: Record<string, unknown>): Promise<Parts> {
  const window: Record<string, (deps: unknown) => Parts> = {};
  new Function('window', await readFile(new URL(file, import.meta.url), 'utf8'))(window);
  return window[name]!({ h, ...deps });
}
