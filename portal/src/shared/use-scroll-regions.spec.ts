import { describe, expect, it } from 'vitest';
import { markScrollRegion } from './use-scroll-regions';

function container(scrollWidth: number, clientWidth: number): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = '<table aria-label="Reward history"></table>';
  Object.defineProperty(element, 'scrollWidth', { configurable: true, value: scrollWidth });
  Object.defineProperty(element, 'clientWidth', { configurable: true, value: clientWidth });
  return element;
}

describe('markScrollRegion', () => {
  it('makes an overflowing table container a named, focusable region', () => {
    const element = container(800, 366);
    markScrollRegion(element);
    expect(element.getAttribute('tabindex')).toBe('0');
    expect(element.getAttribute('role')).toBe('region');
    expect(element.getAttribute('aria-label')).toBe('Reward history (scrolls sideways)');
  });

  it('leaves a container that fits alone, and unmarks one that fits again', () => {
    const fits = container(366, 366);
    markScrollRegion(fits);
    expect(fits.hasAttribute('tabindex')).toBe(false);

    const element = container(800, 366);
    markScrollRegion(element);
    Object.defineProperty(element, 'scrollWidth', { configurable: true, value: 1000 });
    Object.defineProperty(element, 'clientWidth', { configurable: true, value: 1000 });
    markScrollRegion(element);
    expect(element.hasAttribute('tabindex')).toBe(false);
    expect(element.hasAttribute('role')).toBe(false);
    expect(element.hasAttribute('aria-label')).toBe(false);
  });

  it('never takes over a tab stop it did not set', () => {
    const element = container(366, 366);
    element.setAttribute('tabindex', '-1');
    markScrollRegion(element);
    expect(element.getAttribute('tabindex')).toBe('-1');
  });
});
