// The media library by keyboard (WCAG 2.1.1): a file is chosen by a click on its card, whose box takes
// focus but not Enter or Space; «Last opp» is a label around a hidden file input, which Enter does not open.
const mediaCardBoxes = () => [...document.querySelectorAll('div[tabindex="0"] > div[tabindex="-1"][class*="-Card "]')].map((card) => card.parentElement);
document.addEventListener(
  'keydown',
  (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const target = event.target;
    const clickable = target.matches?.('.nc-fileUploadButton')
      ? target.querySelector('input[type="file"]')
      : mediaCardBoxes().includes(target) && target.firstElementChild;
    if (!clickable) return;
    event.preventDefault();
    clickable.click();
  },
  true,
);
