import { describe, expect, it } from 'vitest';
import { widenUi, zh } from '../ui-text.ts';

describe('zh / widenUi (UI words with full-width punctuation)', () => {
  it('widens , : ; ( ) ? ! in UI text', () =>
    expect(widenUi('字号:大(可恢复);好,吗?是!')).toBe('字号\uFF1A大\uFF08可恢复\uFF09\uFF1B好\uFF0C吗\uFF1F是\uFF01'));
  it('leaves interpolated plan text exactly as written', () => {
    const title = '全市方案(2023—2027年)';
    expect(zh`见《${title}》(第${5}项),共${2}条`).toBe(`见《${title}》\uFF08第5项\uFF09\uFF0C共2条`);
  });
  it('leaves other characters alone', () => expect(widenUi('GB/T 7714—2015。')).toBe('GB/T 7714—2015。'));
});
