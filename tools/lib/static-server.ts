/**
 * A minimal static server for dist/, as a production web server would serve it: directory → index.html, a missing
 * path → 404.html with status 404, `/x` → 301 `/x/` when `/x/index.html` exists. Loopback only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
};

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function serveDirectory(root: string): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(400).end();
      return;
    }
    let target = isFile(file)
      ? file
      : isFile(join(file, 'index.html')) && path.endsWith('/')
        ? join(file, 'index.html')
        : null;
    if (!target && !path.endsWith('/') && isFile(join(file, 'index.html'))) {
      res.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    const status = target ? 200 : 404;
    target ??= join(root, '404.html');
    if (!isFile(target)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(status, { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(target).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
