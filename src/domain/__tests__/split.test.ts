import { describe, expect, it } from 'vitest';
import {
  bracketsBalanced,
  isBoundaryAt,
  pieceEnd,
  pieceStart,
  sentenceAt,
  SENTENCE_END,
  sentencePieces,
  splitFirstSentence,
  splitText,
  splitTexts,
  trimPiece,
} from '../text/split.ts';
import { widenPunctuation } from '../text/text.ts';
import { realModel } from './helpers.ts';

/** Full-width comma, semicolon and brackets (U+FF0C U+FF1B U+FF08 U+FF09), as escapes so no tool folds them. */
const WIDE_COMMA = '\uFF0C';
const WIDE_SEMICOLON = '\uFF1B';
const WIDE_OPEN = '\uFF08';
const WIDE_CLOSE = '\uFF09';
const UNIT_BRACKETS = { open: '(<', close: ')>' };
/** Full-width question and exclamation marks (U+FF1F U+FF01). */
const WIDE_QUESTION = '\uFF1F';
const WIDE_EXCLAMATION = '\uFF01';

describe('splitText', () => {
  it('cuts at every boundary, empty pieces included, each with the boundary that closes it', () => {
    const pieces = splitText('甲;乙;;丙。', ';。');
    expect(pieces.map((p) => [p.text, p.closer])).toEqual([
      ['甲', ';'],
      ['乙', ';'],
      ['', ';'],
      ['丙', '。'],
      ['', null],
    ]);
    for (const p of pieces) expect('甲;乙;;丙。'.slice(p.start, p.end)).toBe(p.text);
  });
  it('keeps the boundary with its piece when asked, so the pieces join back to the text', () => {
    const text = '甲乙。丙,丁。戊';
    const pieces = splitText(text, '。', { keepBoundary: true });
    expect(pieces.map((p) => p.text)).toEqual(['甲乙。', '丙,丁。', '戊']);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });
  it('is width-blind: a set written in ASCII also cuts at the full-width forms, and slices the text as written', () => {
    const text = `甲${WIDE_COMMA}乙${WIDE_SEMICOLON}丙,丁`;
    expect(splitTexts(text, ',;')).toEqual(['甲', '乙', '丙', '丁']);
    expect(splitText(text, ',;')[0]!.closer).toBe(WIDE_COMMA);
  });
  it('does not cut inside brackets of either width', () => {
    expect(splitTexts('市财政局、各县(市、区)、各县<市、区>', '、', { brackets: UNIT_BRACKETS })).toEqual([
      '市财政局',
      '各县(市、区)',
      '各县<市、区>',
    ]);
    expect(splitTexts(`甲、乙${WIDE_OPEN}丙、丁${WIDE_CLOSE}`, '、', { brackets: UNIT_BRACKETS })).toEqual([
      '甲',
      `乙${WIDE_OPEN}丙、丁${WIDE_CLOSE}`,
    ]);
  });
  it('cuts out a bracketed stretch as its own piece when ownPiece says so', () => {
    const pieces = splitText('最高给予20万元(个别提高到30万元),按规定(另行)执行', ',', {
      brackets: { open: '(', close: ')' },
      ownPiece: (b) => /\d/u.test(b),
    });
    expect(pieces.map((p) => [p.text, p.bracketed])).toEqual([
      ['最高给予20万元', false],
      ['(个别提高到30万元)', true],
      ['', false],
      ['按规定(另行)执行', false],
    ]);
  });
  it('ignores boundaries and brackets at opaque offsets', () => {
    const text = '甲“乙,丙”,丁';
    const open = text.indexOf('“');
    const close = text.indexOf('”');
    expect(splitTexts(text, ',', { opaque: (i) => i >= open && i <= close })).toEqual(['甲“乙,丙”', '丁']);
  });
  it('gives one empty piece for empty text', () => {
    expect(splitTexts('', '。')).toEqual(['']);
  });
  it('joins back to every paragraph of the real seed, in both widths, for every boundary set the site uses', () => {
    for (const m of realModel().plan.measures) {
      for (const { text } of m.paragraphs) {
        for (const set of ['。', ';。', ',;:。!?()', ',;。!?', '、']) {
          for (const form of [text, widenPunctuation(text)]) {
            const pieces = splitText(form, set);
            expect(pieces.map((p) => p.text + (p.closer ?? '')).join('')).toBe(form);
            expect(pieces.map((p) => p.start)).toEqual(splitText(text, set).map((p) => p.start));
          }
        }
      }
    }
  });
});

describe('bracketsBalanced', () => {
  it('accepts nested brackets of any width and refuses a stray or unclosed one', () => {
    expect(bracketsBalanced(`各县(市、区)、各县<市、区>、县${WIDE_OPEN}区${WIDE_CLOSE}`, UNIT_BRACKETS)).toBe(true);
    expect(bracketsBalanced('各县(市、区', UNIT_BRACKETS)).toBe(false);
    expect(bracketsBalanced('各县)市、区(', UNIT_BRACKETS)).toBe(false);
  });
});

describe('trimPiece', () => {
  it('trims whitespace and moves the offsets with it', () => {
    const [, second] = splitText('甲,  乙 ,丙', ',');
    expect(trimPiece(second!)).toMatchObject({ text: '乙', start: 4, end: 5 });
    expect('甲,  乙 ,丙'.slice(4, 5)).toBe('乙');
  });
});

describe('pieceStart / pieceEnd', () => {
  it('find the piece around an offset, boundaries excluded', () => {
    const text = `甲乙${WIDE_SEMICOLON}丙丁戊。己`;
    const at = text.indexOf('丁');
    expect(text.slice(pieceStart(text, at, ';。'), pieceEnd(text, at, ';。'))).toBe('丙丁戊');
    expect(pieceStart(text, 1, ';')).toBe(0);
    expect(pieceEnd(text, text.length - 1, '。')).toBe(text.length);
  });
});

describe('sentences', () => {
  it('sentencePieces drops blank pieces and keeps each 。', () => {
    expect(sentencePieces('一句。 。二句').map((p) => p.text)).toEqual(['一句。', ' 。', '二句']);
    expect(sentencePieces('')).toEqual([]);
    expect(sentencePieces('一句。 ').map((p) => p.text)).toEqual(['一句。']);
  });
  it('sentenceAt gives the sentence holding a range, with its 。', () => {
    const text = '甲乙。丙丁戊。己';
    expect(sentenceAt(text, text.indexOf('丁'))).toBe('丙丁戊。');
    expect(sentenceAt(text, 0, 1)).toBe('甲乙。');
    expect(sentenceAt(text, text.indexOf('己'))).toBe('己');
  });
  it('splitFirstSentence splits at the first 。 and keeps the mark as written', () => {
    expect(splitFirstSentence('突出发展富民产业。积极转变。')).toEqual({
      first: '突出发展富民产业',
      end: '。',
      rest: '积极转变。',
    });
    expect(splitFirstSentence(`强化就业帮扶服务${WIDE_QUESTION}健全制度。`)).toEqual({
      first: '强化就业帮扶服务',
      end: WIDE_QUESTION,
      rest: '健全制度。',
    });
    expect(splitFirstSentence('强化就业帮扶服务! 健全制度。')).toMatchObject({ first: '强化就业帮扶服务', end: '!' });
    expect(splitFirstSentence('没有句号')).toBeNull();
  });
});

describe('an ASCII ! or ? ends a sentence only where one really ends', () => {
  const sentences = (text: string) => splitTexts(text, SENTENCE_END, { keepBoundary: true });

  it('not inside a URL, markup or an ASCII word', () => {
    expect(sentences('强化就业帮扶服务(见http://x.cn/?a=1)。下一句')).toEqual([
      '强化就业帮扶服务(见http://x.cn/?a=1)。',
      '下一句',
    ]);
    expect(sentences('强化<!--x-->服务。下一句')).toEqual(['强化<!--x-->服务。', '下一句']);
    expect(sentences('网址x.cn/?q=就业!a。')).toEqual(['网址x.cn/?q=就业!a。', '']);
    expect(splitFirstSentence('强化<!--就业帮扶服务。正文。')).toMatchObject({
      first: '强化<!--就业帮扶服务',
      end: '。',
    });
  });

  it('before Chinese text, whitespace, a closing quote or bracket, and at the end', () => {
    expect(sentences('要不要?要!好')).toEqual(['要不要?', '要!', '好']);
    expect(sentences('真的? 是的')).toEqual(['真的?', ' 是的']);
    expect(sentences('他问"是吗?"然后')).toEqual(['他问"是吗?', '"然后']);
    expect(sentences('(是吗?)然后')).toEqual(['(是吗?', ')然后']);
    expect(sentences('是吗?')).toEqual(['是吗?', '']);
  });

  it('a run of ASCII marks ends at its last one', () => {
    expect(sentences('真的?!好')).toEqual(['真的?!', '好']);
  });

  it('full-width question and exclamation marks always end, even before ASCII', () => {
    expect(sentences(`是吗${WIDE_QUESTION}a是的${WIDE_EXCLAMATION}1`)).toEqual([
      `是吗${WIDE_QUESTION}`,
      `a是的${WIDE_EXCLAMATION}`,
      '1',
    ]);
  });

  it('the same rule for pieceStart, pieceEnd and isBoundaryAt', () => {
    const text = '见http://x.cn/?a=1,再看。好';
    expect(isBoundaryAt(text, text.indexOf('?'), SENTENCE_END)).toBe(false);
    expect(isBoundaryAt(text, text.indexOf('。'), SENTENCE_END)).toBe(true);
    expect(pieceEnd(text, 0, SENTENCE_END)).toBe(text.indexOf('。'));
    expect(pieceStart(text, text.indexOf('再'), SENTENCE_END)).toBe(0);
    expect(sentenceAt(text, text.indexOf('a='))).toBe('见http://x.cn/?a=1,再看。');
  });
});
