/**
 * Progressive enhancements on every page (a bundled module: the CSP allows no inline script). Without JavaScript
 * each control stays hidden and the page works as it is: the menu is a <details>, print via the browser's menu.
 * - 字号: a larger-text mode, a class on <html> remembered in localStorage (applied before first paint by
 *   src/client/text-size-boot.js; here the button);
 * - 打印: buttons that open the print dialog;
 * - the printed date on paper (the reader's own date).
 */
import { localIsoDate } from '../site/meta/citation.ts';
import { LARGE_CLASS, TEXT_SIZE_KEY, TEXT_SIZE_LARGE, TEXT_SIZE_NORMAL } from '../site/text-size.ts';

function stored(): string | null {
  try {
    return window.localStorage.getItem(TEXT_SIZE_KEY);
  } catch {
    return null; // storage blocked: the mode still works for this page
  }
}

function store(value: string): void {
  try {
    window.localStorage.setItem(TEXT_SIZE_KEY, value);
  } catch {
    // not remembered, nothing else lost
  }
}

function setLarge(large: boolean, buttons: readonly HTMLButtonElement[]): void {
  document.documentElement.classList.toggle(LARGE_CLASS, large);
  for (const b of buttons) b.setAttribute('aria-pressed', String(large));
}

const sizeButtons = [...document.querySelectorAll<HTMLButtonElement>('button[data-text-size]')];
setLarge(stored() === TEXT_SIZE_LARGE, sizeButtons);
for (const button of sizeButtons) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const large = !document.documentElement.classList.contains(LARGE_CLASS);
    setLarge(large, sizeButtons);
    store(large ? TEXT_SIZE_LARGE : TEXT_SIZE_NORMAL);
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

for (const el of document.querySelectorAll<HTMLElement>('[data-print-date]')) {
  const value = el.querySelector('[data-print-date-value]');
  if (!value) continue;
  value.textContent = localIsoDate(new Date());
  el.hidden = false;
}
