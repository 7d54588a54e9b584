import { describe, expect, it } from 'vitest';
import { chineseNumeral, foldWidth, normalizeText, stripWhitespace, widenPunctuation } from '../text/text.ts';

describe('normalizeText', () => {
  it('drops stray spaces inside Chinese words and after punctuation', () => {
    expect(normalizeText('培育一批具有吴忠文 化标识的特色菜品')).toBe('培育一批具有吴忠文化标识的特色菜品');
    expect(normalizeText('休闲、 娱乐、文化')).toBe('休闲、娱乐、文化');
    expect(normalizeText('二 、主要任务')).toBe('二、主要任务');
  });
  it('keeps the space that separates two issuing bodies', () => {
    expect(normalizeText('吴忠市委办公室 人民政府办公室')).toBe('吴忠市委办公室 人民政府办公室');
    expect(normalizeText('自治区党委办公厅 人民政府办公厅关于印发')).toBe('自治区党委办公厅 人民政府办公厅关于印发');
  });
  it('collapses runs of whitespace and trims, never touching other characters', () => {
    expect(normalizeText('  4.  加快消费\t提质 ')).toBe('4.加快消费提质');
    expect(normalizeText('a  b\t c')).toBe('a b c');
    expect(normalizeText('“旅游十”')).toBe('“旅游十”');
  });
  it('is width-blind: a space after ASCII or full-width punctuation in Chinese text is a stray alike', () => {
    expect(normalizeText('增长, 提质')).toBe('增长,提质');
    expect(normalizeText('增长\uff0c 提质')).toBe('增长\uff0c提质');
    expect(normalizeText('GDP 增长')).toBe('GDP 增长');
    expect(normalizeText('\uff27\uff24\uff30 增长')).toBe('\uff27\uff24\uff30 增长');
  });
  it('stripWhitespace removes every kind of space', () => {
    expect(stripWhitespace('a b\u3000c\n')).toBe('abc');
  });
});

describe('chineseNumeral', () => {
  it.each([
    ['一', 1],
    ['七', 7],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
  ])('%s → %i', (numeral, n) => expect(chineseNumeral(numeral)).toBe(n));
  it('rejects what is not a numeral', () => {
    expect(chineseNumeral('')).toBeNull();
    expect(chineseNumeral('甲')).toBeNull();
    expect(chineseNumeral('一二')).toBeNull();
  });
});

describe('foldWidth', () => {
  it('folds full-width ASCII variants and the ideographic space, keeping length and offsets', () => {
    const wide = '达到50万亩\uFF0C综合产值\uFF08亿元\uFF09\uFF1A\uFF11\uFF12\u3000\uFF21';
    const folded = foldWidth(wide);
    expect(folded).toBe('达到50万亩,综合产值(亿元):12 A');
    expect(folded.length).toBe(wide.length);
  });
  it('leaves Chinese punctuation that has no ASCII form alone (、。“”《》)', () => {
    expect(foldWidth('休闲、娱乐。“六特”《方案》')).toBe('休闲、娱乐。“六特”《方案》');
  });
  it('widenPunctuation is its inverse on punctuation', () => {
    const ascii = '(责任单位:市人社局,市财政局;各县<市、区>)50%';
    expect(widenPunctuation(ascii)).not.toBe(ascii);
    expect(foldWidth(widenPunctuation(ascii))).toBe(ascii);
  });
});

describe('normalizeText keeps spaces that are not inside Chinese text', () => {
  it.each([
    ['<img src="x" />', '<img src="x" />'],
    ['a -- b', 'a -- b'],
    ['(2023 - 2027年)', '(2023 - 2027年)'],
    ['注释 <!--', '注释<!--'],
  ])('%s → %s', (input, output) => expect(normalizeText(input)).toBe(output));
});
