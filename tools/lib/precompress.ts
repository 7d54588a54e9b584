/**
 * Precompression of the built site: `x.gz` and `x.br` beside every compressible `x` in dist/, for nginx's gzip_static
 * and brotli_static (or a CDN) to send as they are. Compressing once at build time lets us use the slowest, smallest
 * settings (gzip -9, brotli 11), which no server can afford per request.
 */
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.jsonld',
  '.webmanifest',
  '.csv',
  '.xml',
  '.txt',
  '.svg',
]);
/** Binary formats that may compress; Pagefind's are listed too, though it writes most of them gzipped (see worthKeeping). */
const BINARY = new Set(['.wasm', '.ico', '.pagefind', '.pf_meta', '.pf_fragment', '.pf_index', '.pf_filter']);

const ENCODINGS = ['.gz', '.br'] as const;

const kindOf = (path: string): 'text' | 'binary' | null => {
  const ext = extname(path).toLowerCase();
  return TEXT.has(ext) ? 'text' : BINARY.has(ext) ? 'binary' : null;
};

export const isCompressible = (path: string): boolean => kindOf(path) !== null;

export function gzip(data: Uint8Array): Buffer {
  return gzipSync(data, { level: 9 });
}

export function brotli(data: Uint8Array, text: boolean): Buffer {
  return brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

/**
 * Worth keeping only if it saves at least 5% and 64 bytes: a server sends the original otherwise. This also skips
 * Pagefind's index chunks and WASM, which Pagefind writes gzipped already.
 */
export const worthKeeping = (original: number, compressed: number): boolean =>
  compressed <= original * 0.95 && original - compressed >= 64;

export interface PrecompressResult {
  /** Files looked at (compressible by extension). */
  files: number;
  gz: number;
  br: number;
  bytes: { original: number; gz: number; br: number };
}

/** Every file under dir, as paths relative to it, without our own outputs. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => !ENCODINGS.some((e) => f.endsWith(e)) && statSync(join(dir, f)).isFile())
    .sort();
}

/**
 * Writes x.gz and x.br for every compressible file under dir where that pays (see worthKeeping), removing an older
 * x.gz / x.br that no longer does. Idempotent. Each output gets its source's mtime, so the Last-Modified header is the
 * same whichever encoding a client gets.
 */
export function precompressDirectory(dir: string): PrecompressResult {
  const result: PrecompressResult = { files: 0, gz: 0, br: 0, bytes: { original: 0, gz: 0, br: 0 } };
  for (const rel of sourceFiles(dir)) {
    const kind = kindOf(rel);
    if (!kind) continue;
    const file = join(dir, rel);
    const data = readFileSync(file);
    const { mtime } = statSync(file);
    result.files += 1;
    result.bytes.original += data.length;
    for (const [ext, compressed] of [
      ['.gz', gzip(data)],
      ['.br', brotli(data, kind === 'text')],
    ] as const) {
      const out = file + ext;
      rmSync(out, { force: true });
      if (!worthKeeping(data.length, compressed.length)) continue;
      writeFileSync(out, compressed);
      utimesSync(out, mtime, mtime);
      const key = ext === '.gz' ? 'gz' : 'br';
      result[key] += 1;
      result.bytes[key] += compressed.length;
    }
  }
  return result;
}
