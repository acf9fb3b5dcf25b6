// A group (period, image …) opens on a click anywhere on its bar or its label,
// not only on the small arrow Decap gives it.
const expandButton = '[data-testid="expand-button"]';
const style = document.createElement('style');
style.textContent = `div:has(> div > ${expandButton}) { cursor: pointer; }`;
document.head.append(style);
document.addEventListener('click', (event) => {
  const target = event.target;
  if (!(target instanceof Element) || target.closest(`button, a, input, textarea, select, [role="button"], [role="option"]`)) return;
  const label = target.closest('label[for]');
  const group = label ? document.getElementById(label.htmlFor) : target.closest(`div:has(> div > ${expandButton})`)?.parentElement;
  const button = group?.querySelector(`:scope > div > div > ${expandButton}`);
  // A label only opens its group; the bar opens and closes it, like the arrow.
  if (button && (!label || button.getAttribute('aria-label')?.startsWith(expand))) button.click();
});
