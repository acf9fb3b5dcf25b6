// The images of the media folder, by their path there (src/integrations/media-images.ts).
declare module 'virtual:kompetansebanken/media-images' {
  const images: Record<string, () => Promise<{ default: import('astro').ImageMetadata }>>;
  export default images;
}
