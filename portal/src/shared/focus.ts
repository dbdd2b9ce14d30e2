const HEADING_WAIT_MS = 10_000;

function focusWithoutTabStop(target: HTMLElement): void {
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

/**
 * Focus after a route change: the new page's heading (made focusable without joining the tab order)
 * and its text announced. A page whose heading waits for its data gets the main region first and the
 * heading once it appears, unless the user has moved focus meanwhile. Returns a cancel function.
 */
export function focusPageHeading(main: HTMLElement, fallbackTitle: string, announce: (text: string) => void): () => void {
  const land = (heading: HTMLElement) => {
    focusWithoutTabStop(heading);
    announce(`${heading.textContent?.trim() || fallbackTitle} page`);
  };
  const heading = main.querySelector<HTMLElement>('h1');
  if (heading) {
    land(heading);
    return () => {};
  }
  focusWithoutTabStop(main);
  const observer = new MutationObserver(() => {
    const late = main.querySelector<HTMLElement>('h1');
    if (!late) return;
    cancel();
    if (document.activeElement === main) land(late);
  });
  const timer = setTimeout(() => {
    cancel();
    if (fallbackTitle) announce(`${fallbackTitle} page`);
  }, HEADING_WAIT_MS);
  const cancel = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(main, { childList: true, subtree: true });
  return cancel;
}

/** A page's results: its first data table (one that sighted users see, too). */
export const RESULTS_SELECTOR = '[data-results], .p-datatable-table-container, table';

/**
 * "Skip to results": focus the page's first results table (or list marked data-results), so keyboard
 * users need not tab through every filter first. Falls back to the main region.
 */
export function focusResults(main: HTMLElement): HTMLElement {
  const results = [...main.querySelectorAll<HTMLElement>(RESULTS_SELECTOR)].find((el) => !el.closest('.sr-only')) ?? main;
  focusWithoutTabStop(results);
  results.scrollIntoView?.({ block: 'start' });
  return results;
}
