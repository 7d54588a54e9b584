import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LARGE_CLASS, TEXT_SIZE_KEY, TEXT_SIZE_LARGE } from '../text-size.ts';

const boot = readFileSync(new URL('../../client/text-size-boot.js', import.meta.url), 'utf8');
const css = readFileSync(new URL('../../styles/global.css', import.meta.url), 'utf8');

describe('the 大字号 script in <head>', () => {
  it('reads the key and value the button stores and sets the class global.css scales', () => {
    expect(boot).toContain(`getItem('${TEXT_SIZE_KEY}') === '${TEXT_SIZE_LARGE}'`);
    expect(boot).toContain(`classList.add('${LARGE_CLASS}')`);
    expect(css).toMatch(new RegExp(`html\\.${LARGE_CLASS}\\s*\\{`, 'u'));
  });
  it('is a classic script: no import or export, nothing that needs bundling', () => {
    expect(boot).not.toMatch(/^\s*(?:import|export)\b/mu);
  });
});
