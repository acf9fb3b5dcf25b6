// Decap CMS's script and the chunks it loads, copied from the npm package into
// /admin/ (no CDN): the main file and its numbered chunks.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { APIContext } from 'astro';

const dist = dirname(createRequire(import.meta.url).resolve('decap-cms'));

export async function getStaticPaths() {
  const files = (await readdir(dist)).filter((f) => /^(\d+\.)?decap-cms\.js$/.test(f));
  return files.map((file) => ({ params: { script: file.replace(/\.js$/, '') } }));
}

export async function GET({ params }: APIContext) {
  return new Response(await readFile(`${dist}/${params.script}.js`), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
