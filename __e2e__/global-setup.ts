/**
 * Browser suite setup: build the site once (real `astro build`, as `npm run build` does) and serve dist/ on loopback.
 * E2E_SKIP_BUILD=1 reuses an existing dist/ (for quick local reruns only). Also starts the suite's one Chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { TestProject } from 'vitest/node';
import { BUILD_SECONDS_ENV } from '../tools/timing-reporter.ts';
import { BROWSER_ENDPOINT_ENV, launchBrowserServer } from '../tools/lib/browser.ts';
import { serveDirectory } from '../tools/lib/static-server.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = `${root}dist`;
  // The build runs through npm so it uses the project's Node (node_modules/.bin/node), like `npm run build`.
  if (!process.env.E2E_SKIP_BUILD || !existsSync(dist)) {
    const start = performance.now();
    execFileSync('npm', ['run', '--silent', 'build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      // A local preview build (astro.config.mjs refuses a deploy build without SITE_URL).
      env: { ...process.env, SITE_PREVIEW: process.env.SITE_PREVIEW ?? 'local' },
    });
    process.env[BUILD_SECONDS_ENV] = String((performance.now() - start) / 1000);
  }
  const server = await serveDirectory(dist);
  project.provide('baseUrl', server.url);
  project.provide('distDir', dist);
  // One Chromium for the whole suite; each file connects (launchBrowser) and closes only its own connection.
  const browser = await launchBrowserServer();
  process.env[BROWSER_ENDPOINT_ENV] = browser.wsEndpoint();
  return async () => {
    await browser.close();
    await server.close();
  };
}
