// A table's region (a Markdown table's .table-region, NumberTable's and the SPC tool's section.scroll) takes
// keyboard focus so a table wider than the screen can be scrolled with the arrow keys (WCAG 2.1.1). A table that
// fits needs no such stop: Tab then stopped on an empty frame around it. The page is built with every region a
// stop (so without JavaScript every wide table can still be scrolled); here a region is one only while its table
// is wider than it, again whenever the region or its table changes size (a phone turned, text made larger, the
// web font in, the SPC tool's table filled in).

/** The regions a page's tables scroll in (src/markdown/rehype-table-regions.ts, NumberTable.astro, the SPC tool). */
export const scrollRegionSelector = '.table-region, section.scroll';

function update(region: Element) {
  const scrolls = region.scrollWidth > region.clientWidth + 1;
  // The region that has the focus keeps it until the focus moves on.
  if (scrolls) region.setAttribute('tabindex', '0');
  else if (region !== document.activeElement) region.removeAttribute('tabindex');
}

const regions = document.querySelectorAll(scrollRegionSelector);
if (regions.length > 0) {
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const region = entry.target.closest(scrollRegionSelector);
      if (region) update(region);
    }
  });
  for (const region of regions) {
    observer.observe(region);
    if (region.firstElementChild) observer.observe(region.firstElementChild);
    // A region that came to fit while it had the focus stops being a stop once the focus leaves it.
    region.addEventListener('focusout', () => update(region));
  }
}
