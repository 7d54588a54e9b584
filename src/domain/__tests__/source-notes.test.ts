import { describe, expect, it } from 'vitest';
import { SourceError } from '../errors.ts';
import { parseSourceNotes, sourceNoteIds } from '../derive/source-notes.ts';
import { sourceNotes } from '../../site/reviewed.ts';
import { realModel, seedText } from './helpers.ts';

const measures = realModel().plan.measures.map((m) => ({
  number: m.number,
  paragraphs: m.paragraphs.map((p) => p.text),
}));

describe('the reviewed source notes', () => {
  it('every noted word occurs in its measure and in the seed as written; each note starts 原文如此', () => {
    const notes = sourceNotes(measures);
    expect(notes.map((n) => n.text)).toEqual(['国家农业现代产业园', '“推广整村授信”模式', '领聚集', '旅游十']);
    for (const n of notes) {
      expect(seedText).toContain(n.text);
      expect(n.note.startsWith('原文如此')).toBe(true);
    }
  });
  it('a stale or malformed note fails at its own line', () => {
    const text = JSON.stringify(
      [
        { measure: 20, text: '旅游十', note: '原文如此' },
        { measure: 20, text: '不存在', note: 'x' },
      ],
      null,
      2,
    );
    expect(() => parseSourceNotes(text, 'n.json', measures)).toThrow(
      /^n\.json:7: “不存在” does not occur in measure 20/u,
    );
    expect(() => parseSourceNotes('[{"measure": 0, "text": "x", "note": "y"}]', 'n.json')).toThrow(SourceError);
  });
});

describe('sourceNoteIds', () => {
  it('numbers the notes within each measure, so a note for another measure never moves an anchor', () => {
    expect(sourceNoteIds([{ measure: 18 }, { measure: 20 }])).toEqual(['source-note-18-1', 'source-note-20-1']);
    expect(sourceNoteIds([{ measure: 14 }, { measure: 18 }, { measure: 18 }, { measure: 20 }])).toEqual([
      'source-note-14-1',
      'source-note-18-1',
      'source-note-18-2',
      'source-note-20-1',
    ]);
  });
});
