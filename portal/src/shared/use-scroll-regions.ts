import { onBeforeUnmount, onMounted, type Ref } from 'vue';

/** Containers that scroll sideways on a narrow screen instead of widening the page. */
export const SCROLL_CONTAINER_SELECTOR = '.p-datatable-table-container, .table-scroll';

/**
 * A container that scrolls must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable):
 * while it overflows it joins the tab order as a named region; when it fits again it leaves it.
 */
export function markScrollRegion(element: HTMLElement, overflows = element.scrollWidth > element.clientWidth + 1): void {
  const managed = element.dataset.scrollRegion === 'on';
  if (overflows && !managed) {
    element.dataset.scrollRegion = 'on';
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'region');
    const table = element.querySelector('table');
    const name = table?.getAttribute('aria-label') || table?.querySelector('caption')?.textContent?.trim() || 'Table';
    element.setAttribute('aria-label', `${name} (scrolls sideways)`);
  } else if (!overflows && managed) {
    delete element.dataset.scrollRegion;
    element.removeAttribute('tabindex');
    element.removeAttribute('role');
    element.removeAttribute('aria-label');
  }
}

/**
 * Keeps every scroll container inside `root` marked as its content and the window change. It
 * measures after the next paint, in a task of its own: layout is then already done, so reading
 * the widths costs nothing, where measuring in the frame (requestAnimationFrame) forced the whole
 * page's layout inside the render's task and made it longer.
 */
export function useScrollRegions(root: Ref<HTMLElement | null>): void {
  let scheduled = false;
  const update = () => {
    if (scheduled) return;
    scheduled = true;
    afterNextPaint(() => {
      scheduled = false;
      const containers = [...(root.value?.querySelectorAll<HTMLElement>(SCROLL_CONTAINER_SELECTOR) ?? [])];
      // Measure every container before changing any: a write between two reads forces another layout.
      const overflowing = containers.map((element) => element.scrollWidth > element.clientWidth + 1);
      containers.forEach((element, index) => {
        markScrollRegion(element, overflowing[index]);
      });
    });
  };
  let mutations: MutationObserver | undefined;
  onMounted(() => {
    if (!root.value) return;
    mutations = new MutationObserver(update);
    mutations.observe(root.value, { childList: true, subtree: true });
    window.addEventListener('resize', update);
    update();
  });
  onBeforeUnmount(() => {
    mutations?.disconnect();
    window.removeEventListener('resize', update);
  });
}

/** Runs `callback` in a task of its own after the next frame has been painted. */
function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}
