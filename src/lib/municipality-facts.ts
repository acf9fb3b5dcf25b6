// A participant's facts as the site says them: its kind (schemas/municipality.ts `kind`) as «Type» on its page and its
// name as a place («Flora kommune»; a district or a samkommune has its kind in its name already), and a pulje
// reconstructed from the participant list. The CMS preview of a
// municipality and of a film says them the same (cms/preview-municipality.js, cms/preview-film.js).

/** «Type» on a municipality's page, by its kind. */
export const municipalityKindLabels = { kommune: 'Kommune', bydel: 'Bydel i Oslo', samkommune: 'Samkommune' } as const;

/** «Flora kommune» for a kommune, the name alone for a district or a samkommune. Self-contained (sent as its source). */
export function placeName({ name, kind }: { name: string; kind: string }): string {
  return kind === 'kommune' ? `${name} kommune` : name;
}

/** After a pulje the sources do not confirm («sannsynlig»). */
export const likelyPuljeNote = ' (sannsynlig; rekonstruert fra deltakerlisten i sluttrapportens vedlegg 8)';
