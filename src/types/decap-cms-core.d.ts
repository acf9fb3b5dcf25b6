// decap-cms-core's serialisers, which the formatter's test holds the canonical form against.
declare module 'decap-cms-core/dist/esm/formats/yaml' {
  const formatter: { toFile(data: unknown, sortedKeys?: string[], comments?: Record<string, string>): string };
  export default formatter;
}
declare module 'decap-cms-core/dist/esm/formats/frontmatter' {
  export function frontmatterYAML(): {
    fromFile(content: string): Record<string, unknown>;
    toFile(data: Record<string, unknown>, sortedKeys?: string[], comments?: Record<string, string>): string;
  };
}
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  const phrases: Record<string, unknown>;
  export default phrases;
}
// decap-cms-widget-markdown's renderer, which the CMS preview's footnotes are tested through.
declare module 'decap-cms-widget-markdown/dist/esm/serializers/index.js' {
  export function markdownToHtml(markdown: string): string;
}
