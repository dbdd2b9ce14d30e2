import { afterEach, describe, expect, it } from 'vitest';
import { focusPageHeading, focusResults } from './focus';

function mount(html: string): HTMLElement {
  const main = document.createElement('main');
  main.innerHTML = html;
  document.body.append(main);
  return main;
}

describe('focusPageHeading', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('focuses the heading without adding a tab stop and announces it', () => {
    const main = mount('<h1>Reward history</h1><button>Filter</button>');
    const said: string[] = [];
    focusPageHeading(main, 'Reward history', (text) => said.push(text));
    const heading = main.querySelector('h1')!;
    expect(document.activeElement).toBe(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(said).toEqual(['Reward history page']);
  });

  it('holds focus on the main region until a late heading appears, then moves to it', async () => {
    const main = mount('<p>Loading…</p>');
    const said: string[] = [];
    focusPageHeading(main, 'Sale', (text) => said.push(text));
    expect(document.activeElement).toBe(main);
    const heading = document.createElement('h1');
    heading.textContent = 'Sale ORD-1';
    main.append(heading);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.activeElement).toBe(heading);
    expect(said).toEqual(['Sale ORD-1 page']);
  });

  it('leaves focus alone when the user moved it before the heading appeared', async () => {
    const main = mount('<input aria-label="Search">');
    focusPageHeading(main, 'Sale', () => {});
    const input = main.querySelector('input')!;
    input.focus();
    main.append(document.createElement('h1'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.activeElement).toBe(input);
  });

  it('stops waiting once cancelled (the next route change)', async () => {
    const main = mount('');
    const said: string[] = [];
    const cancel = focusPageHeading(main, 'Sale', (text) => said.push(text));
    cancel();
    main.append(document.createElement('h1'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.activeElement).toBe(main);
    expect(said).toEqual([]);
  });
});

describe('focusResults', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('skips past the filters to the first visible table', () => {
    const main = mount('<div class="sr-only"><table></table></div><select></select><div class="table-scroll"><table id="t"></table></div>');
    expect(focusResults(main).id).toBe('t');
    expect(document.activeElement?.id).toBe('t');
  });

  it('falls back to the main region on a page without results', () => {
    const main = mount('<form></form>');
    expect(focusResults(main)).toBe(main);
  });
});
