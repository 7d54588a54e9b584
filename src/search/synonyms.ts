/**
 * Residents' everyday words → the words the plan's text uses for the same thing. Search uses it twice: pages whose
 * text contains a `terms` entry get the `words` as index-only terms (never shown), and the search page also runs the
 * query with each term in place of the word, so results are ranked, excerpted and highlighted on the text's own words.
 *
 * Reviewed list. Rules for an entry:
 * - every `terms` item is written exactly as it occurs in the seed (a unit test checks each one against the text);
 * - no `words` item occurs in the seed: a word the text already uses needs no synonym (also tested);
 * - a word maps only to terms that mean what a resident asking it would want (租房 → 住房租赁, not → 住房);
 * - no word is a unit name or alias: those come from the unit registry (content/units.json), not from here.
 */
export interface Synonym {
  /** What people type. */
  readonly words: readonly string[];
  /** The plan's words for it, each occurring in the seed. */
  readonly terms: readonly string[];
}

export const SEARCH_SYNONYMS: readonly Synonym[] = [
  // Housing and jobs
  { words: ['租房', '租房子'], terms: ['住房租赁', '房屋租赁'] },
  { words: ['找工作', '求职', '找活干'], terms: ['就业', '招聘'] },
  { words: ['打工', '外出打工'], terms: ['务工', '劳务输出', '转移就业'] },
  { words: ['零工', '打零工', '送外卖', '外卖骑手', '快递员', '网约车'], terms: ['灵活就业', '新就业形态'] },
  { words: ['学技术', '学手艺', '技能证书'], terms: ['职业技能培训', '技能培训'] },
  { words: ['应届生', '大学毕业生'], terms: ['高校毕业生'] },
  { words: ['退伍军人', '退伍'], terms: ['退役军人'] },
  { words: ['保姆', '月嫂'], terms: ['家政服务人员'] },
  // Pay
  { words: ['涨工资', '加工资', '工资上涨'], terms: ['工资增长', '工资正常增长', '增加职工工资'] },
  { words: ['讨薪', '工资拖欠'], terms: ['欠薪', '拖欠农民工工资'] },
  { words: ['医生', '护士'], terms: ['医务人员'] },
  // Starting a business
  { words: ['创业贷款', '创业贷'], terms: ['创业担保贷款'] },
  { words: ['开公司', '注册公司', '办执照'], terms: ['企业开办'] },
  { words: ['个体户'], terms: ['个体工商户'] },
  { words: ['开网店', '网店', '网购'], terms: ['电子商务', '电商', '网络交易'] },
  { words: ['夜市'], terms: ['夜间经济', '夜间消费街区'] },
  // Savings and investment
  { words: ['存钱', '存款'], terms: ['储蓄'] },
  { words: ['炒股', '买股票'], terms: ['投资理财', '证券期货'] },
  // Social security
  { words: ['社保'], terms: ['社会保险', '社会保障'] },
  { words: ['退休金'], terms: ['基本养老金', '养老金'] },
  { words: ['失业金'], terms: ['失业保险'] },
  { words: ['看病', '看病贵'], terms: ['医疗救助', '大病保险', '基本医保'] },
  { words: ['贫困户', '穷困户'], terms: ['脱贫人口', '困难群众'] },
  { words: ['扶贫'], terms: ['脱贫攻坚', '帮扶'] },
  { words: ['物价补贴'], terms: ['价格临时补贴'] },
  // Farming
  { words: ['种地补贴', '种粮补贴'], terms: ['耕地地力保护补贴', '粮食直补'] },
  { words: ['养羊'], terms: ['滩羊'] },
  { words: ['养牛'], terms: ['肉牛', '奶牛'] },
  { words: ['种葡萄'], terms: ['酿酒葡萄'] },
  { words: ['种菜'], terms: ['蔬菜'] },
  { words: ['农家乐'], terms: ['乡村旅游', '休闲农业', '餐饮民宿'] },
];
