import { describe, expect, it } from 'vitest';
import {
  gzipSize,
  imagesWithoutDimensions,
  inlineHandlers,
  inlineScripts,
  pageWeight,
  renderBlockingScripts,
  requestsBeforeFirstPaint,
  startTags,
  stylesheetLinks,
  staticImports,
  totalGzip,
} from '../lib/page-budget.ts';

const page = (head: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('startTags', () => {
  it('reads names, attributes in any quoting, and whether a tag is in <head>', () => {
    const tags = startTags(
      page('<link rel="stylesheet" href=/a.css>', `<img src='x.png' width=10 height="20" alt="a &amp; b">`),
    );
    const img = tags.find((t) => t.name === 'img')!;
    expect(Object.fromEntries(img.attrs)).toEqual({ src: 'x.png', width: '10', height: '20', alt: 'a & b' });
    expect(img.inHead).toBe(false);
    expect(tags.find((t) => t.name === 'link')).toMatchObject({ inHead: true });
    expect(tags.find((t) => t.name === 'link')!.attrs.get('href')).toBe('/a.css');
  });

  it('keeps script contents whole and skips comments', () => {
    const tags = startTags(
      page(
        '<script type="application/ld+json">{"a":"<img src=x>"}</script>',
        '<!-- <script>alert(1)</script> --><p>x</p>',
      ),
    );
    expect(tags.map((t) => t.name)).toEqual(['html', 'head', 'meta', 'script', 'body', 'p']);
    expect(tags[3]!.content).toBe('{"a":"<img src=x>"}');
  });

  it('a ">" inside a quoted attribute does not end the tag', () => {
    const [img] = startTags('<img alt="a > b" src="y.png">');
    expect(img!.attrs.get('src')).toBe('y.png');
  });
});

describe('loading rules', () => {
  it('finds inline scripts, but not data blocks or external scripts', () => {
    const tags = startTags(
      page(
        '<script type="application/ld+json">{}</script><script type="module" src="/m.js"></script>',
        '<script>alert(1)</script><script type="module">import "x"</script><script type="text/plain">x</script>',
      ),
    );
    expect(inlineScripts(tags)).toEqual(['alert(1)', 'import "x"']);
  });

  it('finds event-handler attributes and javascript: URLs', () => {
    const tags = startTags(
      page(
        '',
        '<button onclick="go()">x</button><a href=" javascript:void 0">y</a><a href="/ok/">z</a><p data-onclick="x">w</p>',
      ),
    );
    expect(inlineHandlers(tags)).toEqual(['<button onclick>', '<a href>']);
  });

  it('calls a classic external script render-blocking unless deferred, async or a module; and any code inline in <head>', () => {
    const tags = startTags(
      page(
        '<script src="/a.js"></script><script src="/b.js" defer></script><script type="module" src="/c.js"></script><script>var x</script><script type="application/ld+json">{}</script>',
        '<script src="/d.js" async></script><script src="/e.js"></script><script>var y</script>',
      ),
    );
    expect(renderBlockingScripts(tags)).toEqual(['/a.js', 'inline in <head>: var x', '/e.js']);
  });

  it('finds images missing a width or a height', () => {
    const tags = startTags(
      page(
        '',
        '<img src="/a.png" width="1" height="1" alt=""><img src="/b.png" width="1" alt=""><img src="/c.png" height="" width="2" alt=""><img alt="">',
      ),
    );
    expect(imagesWithoutDimensions(tags)).toEqual(['/b.png', '/c.png', '(no src)']);
  });
});

describe('stylesheets and requests before first paint', () => {
  const tags = startTags(
    page(
      '<link rel="preload" href="/f.woff2" as="font"><link rel="stylesheet" href="/a.css"><link rel="alternate stylesheet" href="/b.css" disabled><link rel="stylesheet" href="/p.css" media="print"><link rel="stylesheet" href="/s.css" media="screen"><script src="/c.js"></script><script src="/d.js" defer></script><script type="module" src="/m.js"></script><script>var x</script>',
      '<link rel="stylesheet" href="/late.css"><script src="/e.js"></script>',
    ),
  );

  it('lists every linked stylesheet in document order', () =>
    expect(stylesheetLinks(tags)).toEqual(['/a.css', '/b.css', '/p.css', '/s.css', '/late.css']));

  it('counts the page, the stylesheets that apply to the screen, and the classic external scripts in <head>', () =>
    expect(requestsBeforeFirstPaint('/x/', tags)).toEqual(['/x/', '/a.css', '/s.css', '/late.css', '/c.js']));

  it('is the page alone when nothing blocks', () =>
    expect(requestsBeforeFirstPaint('/', startTags(page('<script type="module" src="/m.js"></script>', '')))).toEqual([
      '/',
    ]));
});

describe('staticImports', () => {
  it('reads minified and spaced static imports and re-exports, not dynamic import()', () => {
    const js =
      'import{a as b}from"./chunk.A1.js";import"./side.js";\nimport * as d3 from \'./d3.js\'\nexport{c}from"./c.js";const p=import("/pagefind/pagefind.js");';
    expect(staticImports(js)).toEqual(['./chunk.A1.js', './side.js', './d3.js', './c.js']);
  });
});

describe('pageWeight', () => {
  const files: Record<string, string> = {
    '/_astro/a.css': 'body{margin:0}'.repeat(20),
    '/_astro/page.js':
      'import{x}from"./shared.js";import"./shared.js";const s=()=>import("/pagefind/pagefind.js");x(s);',
    '/_astro/shared.js': 'export const x=(f)=>f;'.repeat(10),
    '/pagefind/pagefind.js': 'big'.repeat(1000),
  };
  const read = (p: string) => (p in files ? Buffer.from(files[p]!) : undefined);
  const html = page(
    '<link rel="stylesheet" href="/_astro/a.css"><link rel="modulepreload" href="/_astro/shared.js">',
    '<script type="module" src="/_astro/page.js"></script><script type="module" src="/pagefind/pagefind.js"></script>',
  );

  it('counts the HTML, stylesheets and the static module graph once each, gzip -9', () => {
    const r = pageWeight('/measures/1/', html, read, (p) => p.startsWith('/pagefind/'));
    expect(r.map((x) => [x.path, x.kind])).toEqual([
      ['/measures/1/', 'html'],
      ['/_astro/a.css', 'css'],
      ['/_astro/shared.js', 'js'],
      ['/_astro/page.js', 'js'],
    ]);
    expect(r[1]).toMatchObject({
      raw: files['/_astro/a.css']!.length,
      gzip: gzipSize(Buffer.from(files['/_astro/a.css']!)),
    });
    expect(totalGzip(r)).toBe(r.reduce((n, x) => n + x.gzip, 0));
    expect(totalGzip(r)).toBeLessThan(r.reduce((n, x) => n + x.raw, 0));
  });

  it('counts what is not excluded, and fails on a file the page needs that is not in the build', () => {
    expect(pageWeight('/', html, read).some((x) => x.path === '/pagefind/pagefind.js')).toBe(true);
    expect(() => pageWeight('/', page('<link rel="stylesheet" href="/_astro/gone.css">', ''), read)).toThrow(
      '/_astro/gone.css',
    );
  });

  it('ignores other origins (the same-origin test fails those) and resolves relative paths against the page', () => {
    const r = pageWeight(
      '/_astro/',
      page('<link rel="stylesheet" href="https://cdn.example/x.css"><link rel="stylesheet" href="a.css">', ''),
      read,
    );
    expect(r.map((x) => x.path)).toEqual(['/_astro/', '/_astro/a.css']);
  });
});
