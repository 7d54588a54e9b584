import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCompressible, precompressDirectory, worthKeeping } from '../lib/precompress.ts';

let dir: string;
const page = '<!doctype html><html lang="zh-CN"><title>措施</title>' + '<p>发展滩羊产业,带动农民增收。</p>'.repeat(50);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  mkdirSync(join(dir, 'measures/1'), { recursive: true });
  mkdirSync(join(dir, 'pagefind/index'), { recursive: true });
  writeFileSync(join(dir, 'measures/1/index.html'), page);
  writeFileSync(join(dir, 'style.css'), 'body { margin: 0; }\n'.repeat(40));
  writeFileSync(join(dir, 'tiny.json'), '{"a":1}');
  writeFileSync(join(dir, 'photo.png'), page); // not a compressible type, whatever its bytes
  // Pagefind writes its chunks gzipped: compressing again gains nothing.
  writeFileSync(join(dir, 'pagefind/index/zh_1.pf_index'), gzipSync(page));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precompress', () => {
  it('knows which files compress by extension', () => {
    expect(
      [
        'a.html',
        'b.CSS',
        'c.js',
        'd.json',
        'e.csv',
        'f.xml',
        'g.svg',
        'h.wasm',
        'x.pf_fragment',
        'wasm.zh.pagefind',
      ].every(isCompressible),
    ).toBe(true);
    expect(['a.png', 'b.jpg', 'c.woff2', 'd.gz', 'e.br', 'noext'].some(isCompressible)).toBe(false);
  });

  it('keeps a compressed copy only when it saves at least 5% and 64 bytes', () => {
    expect(worthKeeping(1000, 900)).toBe(true);
    expect(worthKeeping(1000, 960)).toBe(false);
    expect(worthKeeping(100, 50)).toBe(false);
  });

  it('writes .gz and .br that decompress to the original, with its mtime', () => {
    const when = new Date('2023-03-03T00:00:00Z');
    utimesSync(join(dir, 'measures/1/index.html'), when, when);
    const r = precompressDirectory(dir);
    const html = join(dir, 'measures/1/index.html');
    expect(gunzipSync(readFileSync(`${html}.gz`)).toString('utf8')).toBe(page);
    expect(brotliDecompressSync(readFileSync(`${html}.br`)).toString('utf8')).toBe(page);
    expect(statSync(`${html}.gz`).mtime.getTime()).toBe(when.getTime());
    expect(readFileSync(`${html}.br`).length).toBeLessThan(readFileSync(`${html}.gz`).length);
    expect(r).toMatchObject({ files: 4, gz: 2, br: 2 });
    expect(r.bytes.original).toBe(
      ['measures/1/index.html', 'style.css', 'tiny.json', 'pagefind/index/zh_1.pf_index'].reduce(
        (n, f) => n + statSync(join(dir, f)).size,
        0,
      ),
    );
  });

  it('skips files too small to gain, other types, and data that is compressed already', () => {
    precompressDirectory(dir);
    for (const f of ['tiny.json', 'photo.png', 'pagefind/index/zh_1.pf_index']) {
      expect(existsSync(join(dir, `${f}.gz`)), f).toBe(false);
      expect(existsSync(join(dir, `${f}.br`)), f).toBe(false);
    }
  });

  it('is idempotent and removes an output that no longer pays', () => {
    precompressDirectory(dir);
    const first = readFileSync(join(dir, 'style.css.gz'));
    expect(precompressDirectory(dir)).toMatchObject({ files: 4, gz: 2, br: 2 });
    expect(readFileSync(join(dir, 'style.css.gz')).equals(first)).toBe(true);
    writeFileSync(join(dir, 'style.css'), 'a{}');
    precompressDirectory(dir);
    expect(existsSync(join(dir, 'style.css.gz'))).toBe(false);
    expect(existsSync(join(dir, 'style.css.br'))).toBe(false);
  });
});
