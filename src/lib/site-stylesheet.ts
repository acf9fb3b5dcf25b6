// Which styles go into the one stylesheet every page links (a chunk group for
// Vite's bundler, Rolldown). Without it, Vite writes one CSS file per set of
// pages that share a component, and a story page linked seven of them.
//
// In the group: the global styles (src/styles, src/fonts), every layout's and
// component's <style>, and the story page's own: stories are most of the pages,
// and their styles are 0.7 KB gzip. Only <style> blocks and CSS files match, so
// no script joins the group: a page without JavaScript stays without.
// Other pages keep their own styles in a second, page-specific file.
const styleModule = /\.css($|\?)|[?&]type=style/;
const sharedSource = /\/src\/(styles|fonts|layouts|components)\/|\/src\/pages\/eksempler\/\[id\]\.astro/;

export const siteStylesheet = {
  name: 'site',
  test: (id: string) => styleModule.test(id) && sharedSource.test(id),
};
