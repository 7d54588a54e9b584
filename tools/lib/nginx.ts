/**
 * Real nginx (Debian's /usr/sbin/nginx) serving a directory with the site's own deploy/site.conf, on a loopback port,
 * as a foreground child process with its own prefix, pid, logs and temp dirs in a temp dir. Used by the nginx test
 * and `npm run audit`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** Debian's libnginx-mod-http-brotli-static; site.conf's brotli_static needs it. */
export const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
export const deployDir = fileURLToPath(new URL('../../deploy/', import.meta.url));

const INSTALL = 'apt-get install -y nginx libnginx-mod-http-brotli-static';

export interface RunningNginx {
  url: string;
  /** The generated main configuration (it includes deploy/site.conf). */
  config: string;
  stop(): Promise<void>;
}

/** A main nginx.conf around one server block: `serverBody` is what goes inside `server {}` after listen and root. */
export function mainConfig(opts: { prefix: string; port: number; root: string; serverBody: string }): string {
  const t = (name: string) => join(opts.prefix, 'temp', name);
  return `load_module ${brotliModule};
daemon off;
master_process off;
pid ${join(opts.prefix, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path ${t('body')};
    proxy_temp_path ${t('proxy')};
    fastcgi_temp_path ${t('fastcgi')};
    uwsgi_temp_path ${t('uwsgi')};
    scgi_temp_path ${t('scgi')};
    server {
        listen 127.0.0.1:${opts.port};
        root ${opts.root};
        ${opts.serverBody}
    }
}
`;
}

/** Lays out a prefix dir whose conf/wuzhong-plan is deploy/ (as /etc/nginx/wuzhong-plan is on a server). */
function makePrefix(): string {
  for (const [path, what] of [
    [nginxPath, 'nginx'],
    [brotliModule, 'the brotli_static module'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`${what} not found at ${path}: run \`${INSTALL}\``);
  }
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  mkdirSync(join(prefix, 'conf'));
  mkdirSync(join(prefix, 'temp'));
  symlinkSync(deployDir, join(prefix, 'conf', 'wuzhong-plan'));
  return prefix;
}

function nginxArgs(prefix: string): string[] {
  return ['-p', `${prefix}/`, '-c', 'conf/nginx.conf', '-e', 'stderr'];
}

/** `nginx -t` on deploy/nginx.conf as shipped (its listen 80 and root are not used by -t). Returns nginx's output. */
export function checkShippedConfig(): { ok: boolean; output: string } {
  const prefix = makePrefix();
  try {
    writeFileSync(
      join(prefix, 'conf', 'nginx.conf'),
      `load_module ${brotliModule};\npid ${join(prefix, 'nginx.pid')};\nevents {}\nhttp {\n    include wuzhong-plan/nginx.conf;\n}\n`,
    );
    const r = spawnSync(nginxPath, ['-t', ...nginxArgs(prefix)], { encoding: 'utf8' });
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function waitUntilUp(url: string, child: { exitCode: number | null }, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${log()}`);
    try {
      await fetch(url, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`nginx did not answer on ${url} within 5 s:\n${log()}`);
}

/** Starts nginx serving `root` with deploy/site.conf. */
export async function startNginx(root: string): Promise<RunningNginx> {
  const prefix = makePrefix();
  const port = await freePort();
  const config = mainConfig({ prefix, port, root, serverBody: 'include wuzhong-plan/site.conf;' });
  writeFileSync(join(prefix, 'conf', 'nginx.conf'), config);
  const child = spawn(nginxPath, nginxArgs(prefix), { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(url, child, () => stderr);
  } catch (e) {
    child.kill('SIGKILL');
    rmSync(prefix, { recursive: true, force: true });
    throw e;
  }
  return {
    url,
    config,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT'); // graceful shutdown
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
