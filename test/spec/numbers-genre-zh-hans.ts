// Spec table, simplified Chinese: the numbers and units of the genre that issue 8 found missing (measure
// words, 个 before a noun, compound measure words, ratios, bare scales, tenths, shared units, index values).
import type { SpecCase } from './types';

export const ZH_HANS_GENRE_NUMBERS: SpecCase[] = [
  // 个 before a noun: the unit is the measure word, the noun stays outside
  { in: '全省新建七个省级现代农业产业园。', m: ['七个 = 7 个'] },
  { in: '累计认定38个国家级专精特新企业。', m: ['38个 = 38 个'] },
  { in: '年内开工建设126个省重点项目。', m: ['126个 = 126 个'] },
  { in: '共有15个国家实验室基地落户。', m: ['15个 = 15 个'] },
  { in: '培育24个村级集体经济强村。', m: ['24个 = 24 个'] },
  // measure words of the genre
  { in: '开展12轮集中攻坚行动。', m: ['12轮 = 12 轮'] },
  { in: '执行航班起降52万架次，船舶进出港1.8万艘次。', m: ['52万架次 = 520000 架次', '1.8万艘次 = 18000 艘次'] },
  { in: '更新改造设备1.2万台套。', m: ['1.2万台套 = 12000 台套'] },
  { in: '城市轨道交通客运量4.6亿乘次。', m: ['4.6亿乘次 = 460000000 乘次'] },
  { in: '道路交通噪声平均值为66.1分贝。', m: ['66.1分贝 = 66.1 分贝'] },
  { in: '省运动员在全运会上共获得28金19银22铜。', m: ['28金 = 28 金', '19银 = 19 银', '22铜 = 22 铜'] },
  // a voltage class names the kind of substation (not a unit here)
  { in: '新建110千伏变电站9座。', m: ['9座 = 9 座'] },
  { in: '全年出栏家禽1.3亿羽。', m: ['1.3亿羽 = 130000000 羽'] },
  { in: '完成防汛检查3200件次。', m: ['3200件次 = 3200 件次'] },
  { in: '健身步道和轮滑场地同步建设。', m: [] },
  { in: '金山银山就是绿水青山。', m: [] },
  { in: '获评全国金牌旅游城市。', m: [] },
  // compound measure word with bracketed alternatives
  { in: '出入境交通工具1260.5万辆（艘、架）次。', m: ['1260.5万辆（艘、架）次 = 12605000 辆次'] },
  { in: '筹集保障性住房3.6万套（间）。', m: ['3.6万套 = 36000 套'] },
];
