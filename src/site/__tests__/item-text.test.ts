import { describe, expect, it } from 'vitest';
import { headingEnd, itemHeading, markerLead, titleSentence } from '../views/item-text.ts';

/** Full-width characters as escapes: ？ ！ １ ． */
const WIDE = { question: '\uFF1F', exclamation: '\uFF01', one: '\uFF11', stop: '\uFF0E' };

describe('a numbered item printed from its own characters', () => {
  it('the title sentence ends with its own mark', () => {
    expect(titleSentence({ title: '强化就业帮扶服务', titleEnd: '。' })).toBe('强化就业帮扶服务。');
    expect(titleSentence({ title: '强化就业帮扶服务', titleEnd: WIDE.question })).toBe(
      `强化就业帮扶服务${WIDE.question}`,
    );
  });

  it('a heading prints the marker as written, drops a closing 。 and keeps ? and !', () => {
    expect(itemHeading({ marker: '1.', title: '突出发展富民产业', titleEnd: '。' })).toBe('1. 突出发展富民产业');
    expect(itemHeading({ marker: '12、', title: '提高社会保障水平', titleEnd: '。' })).toBe('12、提高社会保障水平');
    expect(itemHeading({ marker: `${WIDE.one}${WIDE.stop}`, title: '提高收入', titleEnd: WIDE.question })).toBe(
      `${WIDE.one}${WIDE.stop}提高收入${WIDE.question}`,
    );
    expect(itemHeading({ marker: '(一)', title: '提高思想认识', titleEnd: '!' })).toBe('(一)提高思想认识!');
    expect(markerLead('01.')).toBe('01. ');
    expect(headingEnd(WIDE.exclamation)).toBe(WIDE.exclamation);
  });
});
