// The site's own social image, for every page without one of its own.
import { cachedSocialCard } from '../../sharing/cached-social-card.ts';

export async function GET() {
  const png = await cachedSocialCard({ kicker: 'Gode eksempler og verktøy fra 138 kommuner og bydeler', title: 'Lær av kommunene som gikk foran' });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
