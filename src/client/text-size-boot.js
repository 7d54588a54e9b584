// 大字号 before first paint (shipped as written: see src/site/text-size.ts).
/* global window, document */
try {
  if (window.localStorage.getItem('text-size') === 'large') document.documentElement.classList.add('text-large');
} catch {
  // storage blocked: normal size
}
