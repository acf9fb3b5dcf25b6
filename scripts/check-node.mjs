// Fails fast, with a plain message, if npm scripts are not running on the Node
// version the repository brings (the `node` package in node_modules/.bin).
import { readFileSync } from 'node:fs';

const pinned = readFileSync(new URL('../.node-version', import.meta.url), 'utf8').trim();
const [major, minor] = process.versions.node.split('.').map(Number);
const supported = major > 22 || (major === 22 && minor >= 12);

if (!supported || process.versions.node !== pinned) {
  console.error(
    `Kompetansebanken needs Node ${pinned} (Astro 7 needs >= 22.12), but this is Node ${process.versions.node}.\n` +
      'Run the command through npm (npm start / npm test) so the Node from node_modules/.bin is used,\n' +
      'and check that `npm install` completed (it installs Node as the `node` dependency).',
  );
  process.exit(1);
}
