// Spec table, change direction in traditional Chinese: the difference and drag words read through the
// folded copy (高於, 拖累經濟增長), with must-not-match cases.
import type { SpecCase } from './types';

export const ZH_HANT_CHANGES: SpecCase[] = [
  // 漲 and 跌 before a figure are price moves with or without a basis; the move and bracketed examples leave the subject
  {
    in: '3月CPI較上年同月漲2.35%，西式早點（如漢堡、三明治）漲8.34%，蔬菜跌4.1%。',
    m: ['2.35% = 2.35 % up', '8.34% = 8.34 % up', '4.1% = 4.1 % down'],
  },
  // 負成長 is negative growth (down); a price-rise rate reached is a change (the rate is the change)
  { in: '本年第一季呈負成長10.24%。', m: ['10.24% = 10.24 % down'] },
  { in: '央行上修今年消費者物價上漲率(CPI)至2.16%。', m: ['2.16% = 2.16 % up'] },
  { in: '本港出口增速高於全國1.2個百分點。', m: ['1.2個百分點 = 1.2 百分点 up'] },
  { in: '零售業銷貨額增速低於去年0.6個百分點。', m: ['0.6個百分點 = 0.6 百分点 down'] },
  { in: '外圍因素拖累經濟增長0.5個百分點。', m: ['0.5個百分點 = 0.5 百分点 down'] },
  { in: '失業率比上季低0.2個百分點。', m: ['0.2個百分點 = 0.2 百分点 down'] },
  // not metrics
  { in: '增速高於全國平均水平。', m: [] },
  { in: '受外圍經濟拖累，出口回落。', m: [] },
  // a percentage then an amount after 至 is a change and the level it reached, not a range
  { in: '旅客總消費同比上升35.9%至203.5億元。', m: ['35.9% = 35.9 % up', '203.5億元 = 20350000000 元'] },
  // Taiwan's growth rates (經濟成長率, 年增率) and 年增 are changes; a percentage then 升幅 names its change
  { in: '我國經濟成長率達4.3%。', m: ['4.3% = 4.3 % up'] },
  { in: '消費者物價指數年增率控制在2.18%。', m: ['2.18% = 2.18 % up'] },
  { in: '總薪資平均達5萬6,566元,年增2.16%。', m: ['5萬6,566元 = 56566 元', '2.16% = 2.16 % up'] },
  { in: '淨產值上升6.0%,較前年的4.8%升幅略快。', m: ['6.0% = 6 % up', '4.8% = 4.8 % up'] },
  // a count or a duration before a verb of change is what changed, not the size of the change
  { in: '信訪總量連續3年下降。', m: ['3年 = 3 年'] },
  // a signed figure in brackets states its move; Taiwan's yoy, 增率, 成长, 下修, 较110年增 and a clause opened by 增
  {
    in: '當中以家居設備及服務(+11.08%)和交通(+5.73%)的升幅較明顯。',
    m: ['+11.08% = 11.08 % up', '+5.73% = 5.73 % up'],
  },
  { in: '實質GDP初步統計yoy為1.36%。', m: ['1.36% = 1.36 % up'] },
  { in: '經季節調整後對上季增率折成年率(saar)為5.62%。', m: ['5.62% = 5.62 % up'] },
  { in: '較5月預測數下修0.43個百分點。', m: ['0.43個百分點 = 0.43 百分点 down'] },
  {
    in: '所得平均數為110.9萬元,較110年增1.7%,中位數為94.0萬元,增1.2%。',
    m: ['110.9萬元 = 1109000 元', '1.7% = 1.7 % up', '94.0萬元 = 940000 元', '1.2% = 1.2 % up'],
  },
  // a year of Taiwan's calendar is a date where its context says so; a count of years is not
  { in: '112年第2季經濟成長1.36%。', m: ['1.36% = 1.36 % up'] },
  { in: '該公司已運營110年。', m: ['110年 = 110 年'] },
  // 或以下 after a figure: at most
  { in: '公共開支控制在20%或以下。', m: ['20%或以下 = 20 % ~under'] },
  // a degree adverb before a single-character verb; the same change restated after 或; signed figures in brackets
  {
    in: '俗稱“非法禁錮”的案件比去年同期略升近7%;“高利貸”的案件微升5.3%。',
    m: ['近7% = 7 % ~about up', '5.3% = 5.3 % up'],
    s: ['俗稱“非法禁錮”的案件', '高利貸的案件'],
  },
  {
    in: '108 年 6 月警察機關查獲案件 582 件,較上月減少 29 件或減 4.75%。',
    m: ['582 件 = 582 件', '29 件 = 29 件 down', '4.75% = 4.75 % down'],
    s: ['警察機關查獲案件', '警察機關查獲案件', '警察機關查獲案件'],
  },
  { in: '108 年 1 至 6 月警察機關查獲案件 3,197 件。', m: ['3,197 件 = 3197 件'] },
  { in: '警方注意到有關襲警(-56.2百分點)的升幅。', m: ['-56.2百分點 = -56.2 百分点 down'] },
  // tenths with a digit after them count hundredths
  {
    in: '“侵犯人身罪”同比上升近一成七;“詐騙”則同比上升超過四成七。',
    m: ['近一成七 = 17 % ~about up', '超過四成七 = 47 % ~over up'],
  },
  // Taiwan's population statistics: 增加率 is a rate of change; 千分點 are per-mille points
  { in: '人口增加率為3.91‰，平均每天增加248人。', m: ['3.91‰ = 3.91 ‰ up', '248人 = 248 人 up'] },
  {
    in: '折合年粗出生率為10.74‰，較上年同月增加1.26個千分點。',
    m: ['10.74‰ = 10.74 ‰', '1.26個千分點 = 1.26 千分点 up'],
  },
  { in: '平均約每2.1分鐘出生一個嬰兒。', m: ['2.1分鐘 = 2.1 分鐘 ~about'] },
  // a sex ratio is a value with no unit; the per-unit base after 每 is no figure
  { in: '性比例為100.26，也就是每一百個女性相對有100.26個男性。', m: ['100.26 = 100.26', '100.26個 = 100.26 個'] },
  // debt repaid is debt reduced (減債, 還債, 償債)
  {
    in: '市府2年多累計還債78億元，累計減債205億元。',
    m: ['2年 = 2 年', '78億元 = 7800000000 元 down', '205億元 = 20500000000 元 down'],
  },
  // Hong Kong's press moves a measure with one character after 按月, 按年, 较上一年度 or the measure itself
  {
    in: '今年1月破產呈請書753宗,按月升11.56%,按年亦升五成。',
    m: ['753宗 = 753 宗', '11.56% = 11.56 % up', '五成 = 50 % up'],
  },
  { in: '總投注額升 5.0%至 3,203 億元。', m: ['5.0% = 5 % up', '3,203 億元 = 320300000000 元'] },
  {
    in: '鯉魚潭風景區卻少了三十八萬人次,大減百分之二十三。',
    m: ['三十八萬人次 = 380000 人次 down', '百分之二十三 = 23 % down'],
  },
  // 升 and 降 alone before a figure, a currency's 升值 and 貶值; not 每升 (a litre) nor 起降 (takeoffs and landings)
  {
    in: '衣履升5.1%;基本食品價格升4.2%。歐元升值0.52%,日圓貶值1.04%。',
    m: ['5.1% = 5.1 % up', '4.2% = 4.2 % up', '0.52% = 0.52 % up', '1.04% = 1.04 % down'],
    s: ['衣履', '基本食品價格', '歐元', '日圓'],
  },
  { in: '九五無鉛汽油每升30.5元。', m: ['30.5元 = 30.5 元/升'] },
  { in: '航班升降3850架次。', m: ['3850架次 = 3850 架次'] },
  // the rate of growth written out (成長比率), sudden moves (急增), a budget cut (刪減), moves on the quarter (季增, 年減)
  { in: '其中泰國(成長比率942%)來臺投資增加。', m: ['942% = 942 % up'], s: ['泰國'] },
  {
    in: '報考人數較2012年急增兩成，預算經小幅刪減1350萬元。',
    m: ['兩成 = 20 % up', '1350萬元 = 13500000 元 down'],
  },
  { in: '預期營收將季增逾15%、但年減逾15%。', m: ['逾15% = 15 % up ~over', '逾15% = 15 % down ~over'] },
  // 收入減, a move with its adverb (成長更達), debt repaid
  {
    in: '去年收入減近三成，營收成長更達69.02%，償還債務三十三．三二億元。',
    m: ['近三成 = 30 % ~about down', '69.02% = 69.02 % up', '三十三．三二億元 = 3332000000 元 down'],
  },
  // visitors moved with one character (客增), a rank moved (前進), a price raised (調高)
  {
    in: '內地客增18%至2,900萬人次，排名較去年前進5名。',
    m: ['18% = 18 % up', '2,900萬人次 = 29000000 人次', '5名 = 5 名 up'],
    s: ['內地客'],
  },
  // 減 after a basis's figure or a bracketed aside, 衰減, 減虧, 約增 (about, up)
  {
    in: '營業額為35.09億元,比一九年度的42.43億元減17%。',
    m: ['35.09億元 = 3509000000 元', '42.43億元 = 4243000000 元', '17% = 17 % down'],
    s: ['營業額', '營業額', '營業額'],
  },
  { in: '服務方面收入(包括商業方案服務)減2%。', m: ['2% = 2 % down'] },
  { in: '北捷衰減約15%。', m: ['約15% = 15 % ~about down'], s: ['北捷'] },
  {
    in: '淨虧損7.71億元,同比減虧2.69億元。',
    m: ['7.71億元 = 771000000 元', '2.69億元 = 269000000 元 down'],
    s: ['淨虧損', '淨虧損'],
  },
  { in: '收入5,000元,約增 19.86%。', m: ['5,000元 = 5000 元', '19.86% = 19.86 % ~about up'] },
  { in: '節約增5%。', m: ['5% = 5 %'] },
  {
    in: '查獲毒品總毛重達12,997公克，較113年度2,070公克大幅增加527.9%。',
    m: ['12,997公克 = 12997 公克', '2,070公克 = 2070 公克', '527.9% = 527.9 % up'],
    s: ['查獲毒品總毛重', '查獲毒品總毛重', '查獲毒品總毛重'],
  },
  // the size of a move before an ordered list (增加幅度依序為…), 降低幅度, a wage's 增
  {
    in: '精熟等級的增加幅度依序為英語5.9%、數學5.4%、國文3.4%。',
    m: ['5.9% = 5.9 % up', '5.4% = 5.4 % up', '3.4% = 3.4 % up'],
  },
  { in: '以數學三科的降低幅度超過5個百分點較多。', m: ['超過5個百分點 = 5 百分点 ~over down'] },
  { in: '就業學生工資增6%。', m: ['6% = 6 % up'] },
  { in: '其中工業增長5%、建築業3%。', m: ['5% = 5 % up', '3% = 3 %'] },
  // 分別 and a move before a list; a list after a restated rate in brackets
  {
    in: '與去年相比，分別減少受理數75件及財損金額7,853.3萬元。',
    m: ['75件 = 75 件 down', '7,853.3萬元 = 78533000 元 down'],
  },
  {
    in: '較2024年同期增加403件（+43.7%）、368人（+38.6%）。',
    m: ['403件 = 403 件 up', '+43.7% = 43.7 % up', '368人 = 368 人 up', '+38.6% = 38.6 % up'],
  },
  { in: '兩組分別是甲組和乙組。', m: [] },
  { in: '整體投資開支亦隨着經濟恢復而反彈10.8%。', m: ['10.8% = 10.8 % up'] },
  // a council's cut, spending under and revenue over budget
  { in: '會中通過歲出、歲入分別刪除6億元。', m: ['6億元 = 600000000 元 down'] },
  {
    in: '審定歲入較預算數超收108億元，歲出較預算數減支725億元。',
    m: ['108億元 = 10800000000 元 up', '725億元 = 72500000000 元 down'],
  },
  { in: '請勿刪除此檔案。', m: [] },
  // an air-quality bureau's cut in pollution: 減量 and 減幅 are falls
  { in: '與105年相比,減量幅度達11.4%。', m: ['11.4% = 11.4 % down'] },
  { in: '平均汙染減量達25%。', m: ['25% = 25 % down'] },
  { in: '其餘懸浮微粒各有約5%以上的減幅。', m: ['約5%以上 = 5 % ~about down'] },
  { in: '推動垃圾減量政策，回收率達55%。', m: ['55% = 55 %'] },
  // the kinds that fell or rose, each with its count, listed after the lead (Taiwan police figures)
  {
    in: '另本期發生減少案類為詐欺案21件、毒品15件(主要減少案類為公共危險4件);發生增加案類為槍砲案1件。',
    m: ['21件 = 21 件 down', '15件 = 15 件 down', '4件 = 4 件 down', '1件 = 1 件 up'],
    s: ['詐欺案', '毒品', '公共危險', '槍砲案'],
  },
  { in: '本期案類為詐欺案21件、毒品15件。', m: ['21件 = 21 件', '15件 = 15 件'] },
  { in: '減少案類的統計方法說明如下。', m: [] },
  { in: '社會增減部分,增加(遷入)2963人。', m: ['2963人 = 2963 人 up'] },
  { in: '遷入(含回流)人口共2963人。', m: ['2963人 = 2963 人'] },
  // a range whose change is named after it (不等的按年升幅); an industry's or a whole's move in one character; the size
  // of a rise or of a departure from the normal, named
  {
    in: '所有選定行業主類均錄得5.1%至14.7%不等的按年升幅。',
    m: ['5.1% = 5.1 % up', '14.7% = 14.7 % up'],
  },
  { in: '人類保健服務業增4.6%。', m: ['4.6% = 4.6 % up'] },
  { in: '令深圳港整體增6.36%。', m: ['6.36% = 6.36 % up'] },
  { in: '日均租借次數成長幅度高達58%。', m: ['58% = 58 % up'] },
  { in: '各縣均比多年平均偏多，偏多幅度為5.9%~44.5%。', m: ['5.9% = 5.9 % up', '44.5% = 44.5 % up'] },
  { in: '就業增加的行業以外。', m: [] },
  { in: '創業增值服務中心開幕。', m: [] },
  { in: '每人每日平均用水量比過去多了足足3公升。', m: ['3公升 = 3 公升 up'] },
  // an economy that contracted (收縮, 萎縮) fell; a fall named after the figure with its basis (18.9%按年跌幅)
  { in: '全年經濟實質收縮26.8%。', m: ['26.8% = 26.8 % down'], s: ['經濟'] },
  { in: '本地生產總值按年實質收縮23.4%。', m: ['23.4% = 23.4 % down'], s: ['本地生產總值'] },
  { in: '固定資本形成總額錄得18.9%按年跌幅。', m: ['18.9% = 18.9 % down'] },
  { in: '出口錄得5%按年升幅。', m: ['5% = 5 % up'] },
  { in: '收縮政策已於去年結束。', m: [] },
  // the next move of a list after a bracketed rate (減4.3萬元(-3.7%)、增4.4萬元), and 大增 (the whole verb leaves the subject)
  {
    in: '每戶家庭儲蓄31.4萬元,較108年減4.3萬元(-3.7%)、增4.4萬元(16.2%)。',
    m: [
      '31.4萬元 = 314000 元',
      '4.3萬元 = 43000 元 down',
      '-3.7% = -3.7 % down',
      '4.4萬元 = 44000 元 up',
      '16.2% = 16.2 % up',
    ],
  },
  {
    in: '全年出超1,571.4億美元,較上年大增765.61億美元。',
    m: ['1,571.4億美元 = 157140000000 美元', '765.61億美元 = 76561000000 美元 up'],
    s: ['出超', '出超'],
  },
  { in: '汽機車批發業則年減21.6%。', m: ['21.6% = 21.6 % down'], s: ['汽機車批發業'] },
  // a slump in one character (挫) or two (急挫), and the verb leaves the subject
  { in: '港產品出口貨量則挫40.4%。', m: ['40.4% = 40.4 % down'], s: ['港產品出口貨量'] },
  { in: '恒指急挫3%。', m: ['3% = 3 % down'], s: ['恒指'] },
  { in: '球隊遭受挫折。', m: [] },
  // a price frozen (凍漲) is no move; the points a part contributes (貢獻) are a move up
  { in: '該價格已凍漲十餘年。', m: ['十餘年 = 10 年 ~over'] },
  {
    in: '其中進口酒326百萬公升,年增8%,貢獻3.5個百分點。',
    m: ['326百萬公升 = 326000000 公升', '8% = 8 % up', '3.5個百分點 = 3.5 百分点 up'],
  },
  // 新增 after a basis in its clause is a rise over it (alone it is a flow)
  {
    in: '明年度總預算2612億多，較今年度的2224億多新增了387億。',
    m: ['2612億多 = 261200000000  ~over', '2224億多 = 222400000000  ~over', '387億 = 38700000000  up'],
  },
  { in: '今年新增就業12萬人。', m: ['12萬人 = 120000 人'] },
  // 減為 and 縮減為 reach a level
  { in: '出口額減為52億美元。', m: ['52億美元 = 5200000000 美元'] },
  { in: '出口額縮減為52億美元。', m: ['52億美元 = 5200000000 美元'] },
  { in: '出口額縮減了5億美元。', m: ['5億美元 = 500000000 美元 down'] },
  // 多 after a basis compared with in its sentence is a gap above it, of the measure compared
  {
    in: '臺北市平日日間活動人口數計326.3萬人，較平日夜間停留人口數261.1萬人，多65.2萬人(25.0%)。',
    m: ['326.3萬人 = 3263000 人', '261.1萬人 = 2611000 人', '65.2萬人 = 652000 人 up', '25.0% = 25 % up'],
    s: ['臺北市平日日間活動人口數', '平日夜間停留人口數', '臺北市平日日間活動人口數', '臺北市平日日間活動人口數'],
  },
  // must not move: 最多 and 許多 are no gap, nor is a count with no basis (最多 right before the figure caps it: under)
  { in: '本市最多5人參加。', m: ['5人 = 5 人 ~under'] },
  { in: '許多民眾參加。', m: [] },
  // a ranking by a move (減少最多為…, 其次為…) gives every ranked place the move's way
  {
    in: '人口減少最多為金門縣2.91%，其次為台北市2.10%，再其次為連江縣2.08%。',
    m: ['2.91% = 2.91 % down', '2.10% = 2.1 % down', '2.08% = 2.08 % down'],
  },
  { in: '參加人數最多為台北市。', m: [] },
  // growth whose pace moved to the figure, or lies in a range, is a rate of change; a move restated as a rate
  { in: '去年全球經濟增長進一步放緩至百分之三點一。', m: ['百分之三點一 = 3.1 % up'], s: ['全球經濟'] },
  { in: '整體投資開支增長加快至4.3%。', m: ['4.3% = 4.3 % up'], s: ['整體投資開支'] },
  { in: '預測全年實質增長介乎2%至3%。', m: ['2% = 2 % up', '3% = 3 % up'] },
  {
    in: '每戶儲蓄較107年增加7631元,約達1.95%。',
    m: ['7631元 = 7631 元 up', '1.95% = 1.95 % ~about up'],
  },
  // must not match: a level rate's pace, a share after a comma
  { in: '失業率回落至3.1%。', m: ['3.1% = 3.1 %'] },
  { in: '生產總值增長500億元,占全省15%。', m: ['500億元 = 50000000000 元 up', '15% = 15 %'] },
  // a rate raised or cut to a figure: the figure is the level reached, the rate its subject
  {
    in: '外幣存款準備率由0.125%調高為5%。',
    m: ['0.125% = 0.125 %', '5% = 5 %'],
    s: ['外幣存款準備率', '外幣存款準備率'],
  },
  { in: '利率上調0.25個百分點。', m: ['0.25個百分點 = 0.25 百分点 up'], s: ['利率'] },
  { in: '央行決定調高利率。', m: [] },
  { in: '超額準備為59億元，受春節因素影響，增為316億元。', m: ['59億元 = 5900000000 元', '316億元 = 31600000000 元'] },
  // must not move: 最少 before a figure is "at least" (a floor: over), not a fall
  { in: '在港逗留最少1個月的居民。', m: ['1個月 = 1 個月 ~over'] },
  // after a verb of change, A至B is the size of the move and the level it reached (not a range); A takes B's unit
  {
    in: '平均輪候時間反而上升了0.2至5.8年。',
    m: ['0.2 = 0.2 年 up', '5.8年 = 5.8 年'],
  },
];
