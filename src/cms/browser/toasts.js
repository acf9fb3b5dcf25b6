// Decap shows a toast for each save or refused save, for 8 seconds: a save refused (a list emptied, a field left
// empty), tried again at once as nothing seemed to change, stood as the same message stacked two or three times
// (fresh eyes). A message stands once: the older toast of the same text is closed (Decap's toasts close on a
// click), the newer stays its full time.
const closedToasts = new WeakSet();
const closeRepeatedToasts = () => {
  const newest = new Map();
  for (const toast of document.querySelectorAll('.Toastify__toast')) {
    const earlier = newest.get(toast.textContent);
    if (earlier && !closedToasts.has(earlier)) {
      closedToasts.add(earlier);
      earlier.click();
    }
    if (!closedToasts.has(toast)) newest.set(toast.textContent, toast);
  }
};
