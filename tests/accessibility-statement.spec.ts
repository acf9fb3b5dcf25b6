// The accessibility statement states facts about the site: which pages use
// JavaScript and what is tested. These tests hold it to the build and to the
// test suite, so the statement cannot go stale.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { copyScript } from '../src/lib/pages-with-script.ts';
import { builtFile, builtPages, cmsPage, ownScriptSelector, pagesWithScript } from './built-site.ts';

const statementPath = '/tilgjengelighetserklaering/';
const statement = () => parse(builtFile(statementPath));

/**
 * The built pages that have a <script> other than JSON-LD data and the copy script every page loads, and the CMS: a JavaScript
 * application wherever it can be used (a build without a hosted backend makes /admin/ a
 * plain page that says how to set one up; tests/cms.spec.ts checks both).
 */
function pagesShippingScript(): string[] {
  return [
    ...builtPages().filter((path) => parse(builtFile(path)).querySelector(ownScriptSelector)),
    cmsPage,
  ].sort();
}

test('the pages that ship a <script> are exactly the site’s list of pages with JavaScript', () => {
  expect(pagesShippingScript()).toEqual([...pagesWithScript.keys()].sort());
});

test('the accessibility statement says every page has a small script for copying, and why, without listing the pages', () => {
  const said = statement().querySelector('#sider-med-javascript ~ p.copy-script')?.text;
  expect(said).toBe(copyScript);
  expect(copyScript).toMatch(/^Alle sidene .*kopiering.*orddelingstegn.*Uten JavaScript/);
});

test('the accessibility statement names exactly the pages that ship JavaScript, by their titles', () => {
  const items = statement().querySelectorAll('#sider-med-javascript ~ ul.pages-with-script > li');
  expect(items.map((item) => item.getAttribute('data-path')).sort(), 'the list the statement prints').toEqual(pagesShippingScript());
  for (const item of items) {
    const path = item.getAttribute('data-path') ?? '';
    const link = item.querySelector('a');
    // Pages the site links to are linked by their own title; the CMS is linked from nowhere.
    if (path === cmsPage) expect(link, path).toBeNull();
    else {
      expect(link?.getAttribute('href')).toBe(path);
      expect(link?.text).toBe(parse(builtFile(path)).querySelector('h1')?.text.trim());
    }
    expect(item.text, path).toMatch(/: \S/);
  }
});

const testFile = (name: string) => readFileSync(join(import.meta.dirname, name), 'utf8');

/** What the statement may say it tests, and where the suite does it. */
const testingClaims = [
  {
    says: /alle sidene.*\baxe\b.*WCAG 2\.2 nivå A og AA.*god praksis/is,
    backedBy: () => {
      const spec = testFile('accessibility.spec.ts');
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
      return spec.includes('for (const path of builtPages())') && tags.every((tag) => spec.includes(`'${tag}'`));
    },
  },
  {
    says: /utvalg sider.*mørk modus.*320\s+piksler/is,
    backedBy: () => {
      const spec = testFile('accessibility.spec.ts');
      return spec.includes("colorScheme: 'dark'") && spec.includes('width: 320');
    },
  },
  {
    says: /alle sidene.*html-validate.*Nu Html Checker/is,
    backedBy: () => {
      const htmlValidate = testFile('static-output.spec.ts');
      const nu = testFile('nu-html-checker.spec.ts');
      return htmlValidate.includes('new HtmlValidate(') && htmlValidate.includes('builtPages()') && nu.includes('vnu.jar') && nu.includes('builtPages()');
    },
  },
  {
    says: /alle sidene.*320, 375, 768 og 1 280 piksler.*sidelengs.*ord og tall/is,
    backedBy: () => {
      const spec = testFile('layout-widths.spec.ts');
      return spec.includes('const widths = [320, 375, 768, 1280]') && spec.includes('builtPages()');
    },
  },
];

/** The list items under the heading «Slik tester vi». */
function testingStatements(): string[] {
  const heading = statement().querySelector('h2#slik-tester-vi');
  expect(heading, 'the statement has the section «Slik tester vi»').not.toBeNull();
  const items: string[] = [];
  for (let node = heading?.nextElementSibling; node && node.tagName !== 'H2'; node = node.nextElementSibling)
    if (node.tagName === 'UL') items.push(...node.querySelectorAll('li').map((li: HTMLElement) => li.text.replace(/\s+/g, ' ').trim()));
  return items;
}

test('every test the accessibility statement says is run is in the test suite', () => {
  const items = testingStatements();
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    const claims = testingClaims.filter(({ says }) => says.test(item));
    expect(claims, `«${item}» must match one known claim in tests/accessibility-statement.spec.ts, with the test that backs it`).toHaveLength(1);
    expect(claims[0]?.backedBy(), `no test backs «${item}» any more: change the statement or bring the test back`).toBe(true);
  }
});
