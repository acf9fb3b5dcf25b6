// How a news item is labelled: press releases by their number in the archive.
export function newsKind(data: { kind: 'nyhet' | 'pressemelding'; number?: number | undefined }): string {
  return data.kind === 'pressemelding' ? `Pressemelding nr. ${data.number}` : 'Nyhet';
}
