/** Every built page passes html-validate's recommended rules with no errors. */
import { describe, expect, inject, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { builtPages } from './site.ts';

const pages = builtPages(inject('distDir'));
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate', () => {
  it('the build has pages', () => expect(pages.length).toBeGreaterThan(20));
  it.each(pages.map((p) => [p.path, p] as const))('%s', async (_, page) => {
    const report = await validator.validateString(page.html, page.file);
    const errors = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});
