// The network codes of the final report's Vedlegg 2 («P2 NV 10»: pulje 2,
// network 10) in words a reader understands.

/**
 * «P2 NV 10» → «Nettverk 10 i pulje II»; undefined for a code that is not of that form. Self-contained: the CMS
 * preview runs it from its source (cms/preview-municipality.js).
 */
export function networkName(code: string): string | undefined {
  const match = /^P([1-4])\s*NV\s*(\d+)$/.exec(code.trim());
  if (!match) return undefined;
  return `Nettverk ${match[2]} i pulje ${['I', 'II', 'III', 'IV'][Number(match[1]) - 1]}`;
}
