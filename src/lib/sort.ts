// Sorting entries the Norwegian way (æ, ø, å after z).
const collator = new Intl.Collator('nb');

export function byTitle<T extends { data: { title: string } }>(a: T, b: T): number {
  return collator.compare(a.data.title, b.data.title);
}

export function byName<T extends { data: { name: string } }>(a: T, b: T): number {
  return collator.compare(a.data.name, b.data.name);
}
