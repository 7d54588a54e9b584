/**
 * A Vitest reporter that closes the run with its figures: wall time of each project (first file started → last
 * file ended), the site build the browser suite waited for, and the whole run as a multiple of that build. The budget
 * (about 15 builds, ~150 s on a 2-core machine) is read by people and `npm run bench`, never asserted by a test.
 */
import { performance } from 'node:perf_hooks';
import type { Reporter, TestModule } from 'vitest/node';

/** Set by __e2e__/global-setup.ts (same process): seconds the `npm run build` of this run took. */
export const BUILD_SECONDS_ENV = 'TEST_BUILD_SECONDS';

export default class TimingReporter implements Reporter {
  private start = performance.now();
  private spans = new Map<string, { first: number; last: number }>();

  onInit(): void {
    this.start = performance.now();
  }

  /** A file's span is its end minus its own duration (hooks included), so no start event is needed. */
  onTestModuleEnd(module: TestModule): void {
    const name = module.project.name || 'default';
    const end = performance.now();
    const start = end - module.diagnostic().duration;
    const span = this.spans.get(name);
    if (!span) this.spans.set(name, { first: start, last: end });
    else {
      span.first = Math.min(span.first, start);
      span.last = Math.max(span.last, end);
    }
  }

  onTestRunEnd(): void {
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const total = performance.now() - this.start;
    const build = Number(process.env[BUILD_SECONDS_ENV]);
    const lines = [...this.spans].map(([name, { first, last }]) => `  ${name.padEnd(6)} ${s(last - first)}`);
    if (build > 0) lines.push(`  build  ${build.toFixed(1)} s (npm run build, once, before the e2e files)`);
    // The budget is `npm test`'s (unit + e2e); the full sweeps of `npm run test:full` have none.
    const budget = this.spans.has('full') ? '' : ' (budget: 15 ×)';
    lines.push(
      `  total  ${s(total)}${build > 0 ? ` = ${(total / 1000 / build).toFixed(1)} × the build${budget}` : ''}`,
    );
    console.log(`\nTime by project\n${lines.join('\n')}`);
  }
}
