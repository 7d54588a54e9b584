/**
 * Reviewed data for the glossary (see glossary.ts): the abbreviations in quotation marks that are terms although they
 * carry no numeral, and the ASCII anchor of every term (pinyin, so /glossary/#liu-te stays readable and stable).
 * A unit test fails when the seed quotes a term that has no reviewed id here.
 */

/** Quoted abbreviations of policy names that the text uses as terms (each is quoted in the seed: tested). */
export const REVIEWED_ABBREVIATIONS: readonly string[] = ['放管服', '非禁即入', '专精特新', '多规合一'];

/** Term → anchor id (HTML ids must start with a letter: num-1311). Never change an id once published: it is a URL fragment. */
export const GLOSSARY_IDS: Readonly<Record<string, string>> = {
  六特: 'liu-te',
  六优: 'liu-you',
  六权: 'liu-quan',
  '1311': 'num-1311',
  '10+N': 'num-10-plus-n',
  '19+N': 'num-19-plus-n',
  四轮驱动: 'si-lun-qu-dong',
  四项机制: 'si-xiang-ji-zhi',
  四个不摘: 'si-ge-bu-zhai',
  三类群体: 'san-lei-qun-ti',
  三大行动: 'san-da-xing-dong',
  三支一扶: 'san-zhi-yi-fu',
  三农: 'san-nong',
  双提升: 'shuang-ti-sheng',
  两清零: 'liang-qing-ling',
  两确保: 'liang-que-bao',
  一村一品: 'yi-cun-yi-pin',
  一县一业: 'yi-xian-yi-ye',
  放管服: 'fang-guan-fu',
  非禁即入: 'fei-jin-ji-ru',
  专精特新: 'zhuan-jing-te-xin',
  多规合一: 'duo-gui-he-yi',
};
