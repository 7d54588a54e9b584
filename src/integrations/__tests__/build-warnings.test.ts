import { describe, expect, it, vi } from 'vitest';
import { isKnownHarmless, onBundlerWarning } from '../build-warnings.ts';

const headInject = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "content/plan/groups/2.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('bundler warnings', () => {
  it('drops the MDX head-inject directive warning', () => {
    const warn = vi.fn();
    onBundlerWarning(headInject, warn);
    expect(warn).not.toHaveBeenCalled();
  });
  it('passes the same code with another directive, and every other warning', () => {
    const other = { ...headInject, message: headInject.message.replace('astro:head-inject', 'use client') };
    const circular = { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.ts -> b.ts -> a.ts' };
    for (const w of [other, circular, { message: 'no code at all' }]) {
      const warn = vi.fn();
      onBundlerWarning(w, warn);
      expect(warn).toHaveBeenCalledWith(w);
      expect(isKnownHarmless(w)).toBe(false);
    }
  });
});
