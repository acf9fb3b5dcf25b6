// People without a Norwegian keyboard write «sykefravaer», «omdoemme» or
// «paaroerende». The search page also tries such a query with ae, oe and aa
// read as æ, ø and å, and keeps the spelling that finds more. The reverse is deliberately
// not done: a plain «a» or «o» is never read as «å» or «ø», since «mote» and
// «møte», «fa» and «få» are different words.

export function norwegianSpelling(query: string): string | undefined {
  const spelled = query.replace(/ae/g, 'æ').replace(/oe/g, 'ø').replace(/aa/g, 'å').replace(/Ae/g, 'Æ').replace(/Oe/g, 'Ø').replace(/Aa/g, 'Å');
  return spelled === query ? undefined : spelled;
}
