// Spec table, traditional Chinese (Hong Kong and Taiwan reports): the same rules read through
// the script fold; measure words and subjects come back as written.
import type { SpecCase } from './types';

export const ZH_HANT: SpecCase[] = [
  // A white circle among numerals is zero; 14萬417 is one figure; 7成就讀 is tenths; 一七年 is a year, 增二人 a change.
  { in: '比率分別為百分之○點九。', m: ['百分之○點九 = 0.9 %'] },
  { in: '二○一七年共有○宗。', m: [] },
  { in: '境外生總數達14萬417人。', m: ['14萬417人 = 140417 人'] },
  { in: '其中，超過7成就讀私立大專。', m: ['超過7成 = 70 % ~over'] },
  { in: '死亡人數為十人，較一七年增二人。', m: ['十人 = 10 人', '二人 = 2 人 up'] },
  { in: '學生工作了一二年。', m: [] },
  // A named count with no measure word, and a per-thousand rate, have an empty unit.
  { in: '受助總人數為326 204。', m: ['326 204 = 326204'] },
  { in: '千人意外率為26.7。', m: ['26.7 = 26.7'] },
  // A currency's name keeps the report's script, as a measure word does (a Macao release writes 澳門元).
  { in: '博彩毛收入為715.3億澳門元。', m: ['715.3億澳門元 = 71530000000 澳門元'] },
  { in: '港幣452億元撥作儲備。', m: ['452億元 = 45200000000 港元'] },
  { in: '政府將預留600億元。', m: ['600億元 = 60000000000 元'], claim: false },
  { in: '本地生產總值去年增長1.4%。', m: ['1.4% = 1.4 % up'], claim: true },
  { in: '失業率維持在3.4%的低水平。', m: ['3.4% = 3.4 %'], claim: true },
  // An inflation rate is the size of the year's price change (GUIDE: the number is the size of a change).
  { in: '整體通脹率回落至3.8%。', m: ['3.8% = 3.8 % up'] },
  { in: '全年共有170萬名市民受惠。', m: ['170萬名 = 1700000 名'], claim: true },
  { in: '約77萬人受惠於有關措施。', m: ['約77萬人 = 770000 人 ~about'] },
  { in: '提供超過30萬平方米樓面面積。', m: ['超過30萬平方米 = 300000 平方米 ~over'] },
  { in: '創造7 500個新就業機會。', m: ['7 500個 = 7500 個'] },
  { in: '訪港旅客超過 4 800萬人次。', m: ['超過 4 800萬人次 = 48000000 人次 ~over'] },
  { in: '財政儲備超過 9萬億港元。', m: ['超過 9萬億港元 = 9000000000000 港元 ~over'] },
  { in: '新酒店房間的供應增加約1萬間。', m: ['約1萬間 = 10000 間 ~about up'] },
  { in: '屯門西往機場只需10分鐘。', m: ['10分鐘 = 10 分鐘'] },
  { in: '預計3小時可達。', m: ['3小時 = 3 小時'], claim: false },
  { in: '經濟增長一倍半。', m: ['一倍半 = 1.5 倍 up'], gap: 'multiples with 半' },
  { in: '四分之一的家庭受惠。', m: ['四分之一 = 25 %'] },
  { in: '撥款兩億元支持中小企。', m: ['兩億元 = 200000000 元'] },
  { in: '共有三萬五千名學生參加。', m: ['三萬五千名 = 35000 名'] },
  { in: '開支為壹佰貳拾萬元。', m: ['壹佰貳拾萬元 = 1200000 元'] },
  { in: '投資額為4.78萬億元。', m: ['4.78萬億元 = 4780000000000 元'] },
  { in: '公共開支佔本地生產總值的21.5%。', m: ['21.5% = 21.5 %'] },
  { in: '薪酬上升了4.3%。', m: ['4.3% = 4.3 % up'] },
  { in: '出口下降了3.1%。', m: ['3.1% = 3.1 % down'] },
  { in: '赤字減少了120億元。', m: ['120億元 = 12000000000 元 down'] },
  { in: '基本通脹率為4.2%。', m: ['4.2% = 4.2 % up'] },
  { in: '涉及約兩公頃土地。', m: ['約兩公頃 = 2 公頃 ~about'] },
  { in: '建造超過 210間酒店。', m: ['超過 210間 = 210 間 ~over'] },
  { in: '提供67 000個宿位。', m: ['67 000個 = 67000 個'] },
  { in: '經濟對增長有1.5個百分點的提振作用。', m: ['1.5個百分點 = 1.5 百分点 up'] },
  { in: '政府已向立法會提交兩項條例草案。', m: ['兩項 = 2 項'] },
  { in: '收入增長了百分之十二。', m: ['百分之十二 = 12 % up'] },
  { in: '旅客人數上升了七成。', m: ['七成 = 70 % up'] },
  { in: '零售業銷售額下降了百分之五點五。', m: ['百分之五點五 = 5.5 % down'] },
  { in: '赤字為負三十二億元。', m: ['負三十二億元 = -3200000000 元'] },
  { in: '全港共有約7萬2千個單位。', m: ['約7萬2千個 = 72000 個 ~about'] },
  { in: '資助額為每人3,000元。', m: ['3,000元 = 3000 元'] },
  // not metrics
  { in: '立法會 ─ 2013年2月27日', m: [] },
  { in: '這3個戰場都會為我們帶來影響。', m: [] },
  { in: '過去5年，政府積極應對挑戰。', m: [] },
  { in: '在未來一年，外圍環境仍然錯綜複雜。', m: [] },
  { in: '我們會推動三跑道系統的規劃。', m: [], claim: false },
  { in: '推展10號貨櫃碼頭的研究。', m: [] },
  { in: '進行2030研究。', m: [] },
  { in: '政府採購獲評為最佳實踐。', m: [], claim: true },
  { in: '連續第五年錄得盈餘。', m: [] },
  { in: '二〇一三年經濟展望', m: [] },
  { in: '第10期政府憲報', m: [] },
  { in: '香港是全球首個推出此計劃的地區。', m: [], claim: true },
  { in: '1月1日起實施新措施。', m: [] },
  { in: '這一年，我們努力不懈。', m: [] },
  { in: '一幅土地將用作發展物流。', m: [] },
  { in: '兩方面的工作齊頭並進。', m: [] },
  { in: '推出「一站式」服務。', m: [] },
  {
    in: '預測今年本地生產總值有1.5%至3.5%的增長。',
    m: ['1.5% = 1.5 % up', '3.5% = 3.5 % up'],
    claim: false,
  },
  { in: '我預期今年整體經濟會略有改善。', m: [], claim: false },
  { in: '政府會提供23億元貸款。', m: ['23億元 = 2300000000 元'], claim: false },
  { in: '碼頭大樓將於本年年中啟用。', m: [], claim: false },
  { in: '政府計劃在屯門西劃定約10公頃的土地。', m: ['約10公頃 = 10 公頃 ~about'], claim: false },
  { in: '失業率會有上升壓力。', m: [], claim: false },
  { in: '我們力爭在三年內完成。', m: ['三年 = 3 年'], claim: false, gap: '力爭 is not folded to 力争' },
  { in: '香港連續19年獲評為全球最自由經濟體。', m: ['19年 = 19 年'], claim: true },
  { in: '本港的失業率遠低於其他經濟體。', m: [], claim: true },
  { in: '政府一直致力推動創新科技。', m: [], claim: false },
  { in: '我們必須審慎理財。', m: [], claim: false },
  { in: '政府繼續以審慎的態度管理公共財政。', m: [], claim: false },
  { in: '去年本地生產總值增長1.5%。', m: ['1.5% = 1.5 % up'], claim: true },
  { in: '政府開支總額為4,351億元。', m: ['4,351億元 = 435100000000 元'] },
  { in: '財政盈餘為649億元。', m: ['649億元 = 64900000000 元'] },
  { in: '綜合赤字為49億元。', m: ['49億元 = 4900000000 元'] },
  { in: '訪港旅客人次上升16%。', m: ['16% = 16 % up'] },
  { in: '零售業總銷貨價值上升9.8%。', m: ['9.8% = 9.8 % up'] },
  { in: '每年提供約2萬個單位。', m: ['約2萬個 = 20000 個 ~about'] },
  { in: '全港有約34萬名長者受惠。', m: ['約34萬名 = 340000 名 ~about'] },
  { in: '寬減百分之七十五的薪俸稅。', m: ['百分之七十五 = 75 %'] },
  { in: '上限為一萬元。', m: ['一萬元 = 10000 元'] },
  { in: '本港經濟過去10年平均每年增長4.5%。', m: ['4.5% = 4.5 % up'] },
  { in: '第三季增長2.9%。', m: ['2.9% = 2.9 % up'] },
  { in: '實質增長1.4%，低於預期。', m: ['1.4% = 1.4 % up'], claim: true },
  { in: '差餉寬減以每季1,500元為上限。', m: ['1,500元 = 1500 元'] },
  { in: '香港連續五年錄得財政盈餘。', m: ['五年 = 5 年'], claim: true },
  { in: '政府推出「長者生活津貼」。', m: [] },
  { in: '立法會  ─  2013年2月27日  5147', m: [] },
  { in: '圖二 本地生產總值', m: [] },
  { in: '三大戰場是貨幣戰、貿易戰和地緣政治戰。', m: [] },
  { in: '推動「一帶一路」建設。', m: [] },
  // change: a rate of change, against level rates and shares; a figure set against a change
  { in: '整體通脹率由6.4%的高位回落至3.8%。', m: ['6.4% = 6.4 % up', '3.8% = 3.8 % up'] },
  { in: '失業率由3.2%回升至3.4%。', m: ['3.2% = 3.2 %', '3.4% = 3.4 %'] },
  { in: '全年只增長1.4%，遠低於過去十年4.5%的平均數。', m: ['1.4% = 1.4 % up', '4.5% = 4.5 % up'] },
  { in: '措施對經濟的提振作用會達到1.3個百分點。', m: ['1.3個百分點 = 1.3 百分点 up'] },
  { in: '通脹壓力有所緩和，服務業佔本地生產總值的93%。', m: ['93% = 93 %'] },
  { in: '通脹壓力在今年有所緩和。', m: [] },
  // a past action beside a forecast is a claim; a forecast alone is not
  {
    in: '我們在青衣已預留1幅約兩公頃的專用物流土地，將於今年上半年推出市場。',
    m: ['1幅 = 1 幅', '約兩公頃 = 2 公頃 ~about'],
    claim: true,
  },
  {
    in: '地政總署已經批出13宗重建申請，預計今明兩年新酒店房間的供應增加約1萬間。',
    m: ['13宗 = 13 宗', '約1萬間 = 10000 間 ~about up'],
    claim: true,
  },
  { in: '政府將於今年上半年推出2幅物流用地。', m: ['2幅 = 2 幅'], claim: false },
  // Numeral forms measured on an outside number suite (docs/number-specs-eval.md)
  { in: '全年訪港旅客達五千萬人次。', m: ['五千萬人次 = 50000000 人次'] },
  { in: '預計開支三至四成用於教育。', m: ['三 = 30 %', '四成 = 40 %'] },
  { in: '撥款二十至三十億元。', m: ['二十 = 2000000000 元', '三十億元 = 3000000000 元'] },
  { in: '政府總負債約為六兆五千億元。', m: ['約為六兆五千億元 = 6500000000000 元 ~about'] },
  { in: '隊伍士氣高昂。', m: [] },
  { in: '陸路口岸運作暢順。', m: [] },
  // Taiwan's 兆 (a trillion) before money or before the 億 of the same amount; 萬 then a comma-grouped thousand; 千億
  { in: '國內生產毛額達25.4兆元。', m: ['25.4兆元 = 25400000000000 元'] },
  {
    in: '零售營業額達4兆8,530億元、餐飲1兆378億元。',
    m: ['4兆8,530億元 = 4853000000000 元', '1兆378億元 = 1037800000000 元'],
  },
  { in: '人均GDP達3萬3,883美元。', m: ['3萬3,883美元 = 33883 美元'] },
  { in: '全年出口規模近5千億美元。', m: ['近5千億美元 = 500000000000 美元 ~about'] },
  // money units are named canonically, in simplified characters, as 美元 is
  { in: '預算為5,000億新臺幣。', m: ['5,000億新臺幣 = 500000000000 新臺幣'] },
  // index points; a milestone verb (衝破) gives over
  { in: '臺股衝破2萬點。', m: ['2萬點 = 20000 點 ~over'] },
  // 兆 before anything but money is the prefix mega
  { in: '離岸風電裝機達5兆瓦。', m: ['5兆瓦 = 5 兆瓦'] },
  { in: '下午3點鐘召開會議。', m: [] },
  // days stayed are a duration (a fraction of a day, after a verb of time), 6月26日 a date
  {
    in: '旅客平均逗留時間減少0.1日至1.1日。',
    m: ['0.1日 = 0.1 日 down', '1.1日 = 1.1 日'],
  },
  { in: '6月26日召開會議。', m: [] },
  // a range whose ends group their thousands, spaced around the dash; an index value in brackets after its name
  {
    in: '預計財政儲備未來5年可維持在2,700 - 3,400億元的水平。',
    m: ['2,700 = 270000000000 元', '3,400億元 = 340000000000 元'],
    claim: false,
  },
  { in: '綜合消費物價指數(104.10)按年上升0.77%。', m: ['104.10 = 104.1 ', '0.77% = 0.77 % up'] },
  // 千 after digits is a thousand (not in 千米, 千公顷); a change restated after 或 moves the same way
  {
    in: '本(104)年5月就業人數為1,117萬9千人,較上月增加9千人或0.08%;',
    m: ['1,117萬9千人 = 11179000 人', '9千人 = 9000 人 up', '0.08% = 0.08 % up'],
    s: ['就業人數', '就業人數', '就業人數'],
  },
  // A small count in characters that the segmenter cannot read (it tags 減少九人 as one unknown run) is still a count.
  { in: '行人死亡人數亦減少九人,降幅約三%。', m: ['九人 = 9 人 down', '約三% = 3 % ~about down'] },
  { in: '32人安全回港,十人無須進一步協助。', m: ['32人 = 32 人', '十人 = 10 人'] },
  // A Minguo year written digit by digit (一一三年) is a date, not a count of years; 一〇八年 the same.
  {
    in: '一一四年一至十月交通事故死亡人數為二千三百三十八人,較一一三年同期減少九十六人。',
    m: ['二千三百三十八人 = 2338 人', '九十六人 = 96 人 down'],
  },
  { in: '創下一〇八年以來同期最低紀錄。', m: [] },
  // A rate per thousand written without ‰ (千人率為4.292) is a value with an empty unit, as an index is.
  { in: '勞保職災給付千人率合計為4.292。', m: ['4.292 = 4.292 '] },
  { in: '堅持一國兩制。', m: [] },
  // A count of occasions named before a figure with no measure word after it is counted in that word.
  {
    in: '全國總診療人次84.7億，比上年增加7.3億人次。',
    m: ['84.7億 = 8470000000 人次', '7.3億人次 = 730000000 人次 up'],
  },
  { in: '總出入境人次約530萬。', m: ['約530萬 = 5300000 人次 ~about'] },
  // A change's size named 減幅 is of the figure before it.
  {
    in: '交通事故死亡人數較去年同期減少九十六人，減幅約三點九％。',
    m: ['九十六人 = 96 人 down', '約三點九％ = 3.9 % ~about down'],
    s: ['交通事故死亡人數', '交通事故死亡人數'],
  },
  // Taiwan's papers write amounts digit by digit before a scale word (三 digits or more: 三四億 is "three or four");
  // 出超 is a trade surplus (超 is no approximation there); a range writing its scale twice gives two figures.
  {
    in: '前十一月出超一三七九億美元、年增六三四億美元。',
    m: ['一三七九億美元 = 137900000000 美元', '六三四億美元 = 63400000000 美元 up'],
    s: ['出超', '出超'],
  },
  {
    in: '預估十二月出口六一〇億至六三二億美元。',
    m: ['六一〇億 = 61000000000 美元', '六三二億美元 = 63200000000 美元'],
  },
  { in: '全年一般公共預算支出超4500億元。', m: ['超4500億元 = 450000000000 元 ~over'] },
  // A circle for zero inside a numeral (二○二一年) is 〇; 宗 counts cases, small counts too; 減少一宗 is a change of one.
  {
    in: '當中三級或以上的火警有五宗，比二○二一年的六宗減少一宗。',
    m: ['五宗 = 5 宗', '六宗 = 6 宗', '一宗 = 1 宗 down'],
  },
  { in: '○○公司召開會議。', m: [] },
  // 碼 is a quarter point of a policy rate (降息 is a cut); 床 counts hospital beds; 码头 is a wharf.
  { in: '美國降息6碼，台灣也降息1碼。', m: ['6碼 = 6 碼 down', '1碼 = 1 碼 down'] },
  { in: '醫院設有43床急性病床。', m: ['43床 = 43 床'] },
  { in: '央行減息50個基點。', m: ['50個基點 = 50 基点 down'] },
  // Taiwan's measure words and metric names (案, 宅, 項次, 平方公尺); 較去年同期升 and a headline's 943宗增六成 are moves
  { in: '監察院提出調查報告4案，糾正3案。', m: ['4案 = 4 案', '3案 = 3 案'] },
  { in: '住宅數計91萬7,553宅。', m: ['91萬7,553宅 = 917553 宅'] },
  { in: '聯合檢查發現違反三十四項次。', m: ['三十四項次 = 34 項次'] },
  { in: '平均每人休閒面積5.03平方公尺。', m: ['5.03平方公尺 = 5.03 平方公尺'] },
  { in: '旅客較去年同期升12%。', m: ['12% = 12 % up'] },
  { in: '涉博彩罪案943宗增六成。', m: ['943宗 = 943 宗', '六成 = 60 % up'] },
  { in: '每日壅塞比例減少幅度為6%。', m: ['6% = 6 % down'] },
  // within a duration (約14分鐘內) is a bound, not "about"
  { in: '可在平均約14分鐘內排除事故。', m: ['約14分鐘內 = 14 分鐘 ~under'] },
  // a decimal point written as a full stop in a numeral in characters (Taiwan's press)
  { in: '資源回收量成長十四.三%。', m: ['十四.三% = 14.3 % up'] },
  {
    in: '回收重量由前年的四六七.二公噸，提高到去年的二○三九.六公噸。',
    m: ['四六七.二公噸 = 467.2 公噸', '二○三九.六公噸 = 2039.6 公噸'],
  },
  // 廿, 卅 (twenty, thirty) in numerals; 百分 without 之; a numeral in characters counting in 億 with nothing after it
  { in: '縣民平均年齡卅九點六三歲，廿二座特色公園。', m: ['卅九點六三歲 = 39.63 歲', '廿二座 = 22 座'] },
  { in: '政見達成率百分七十七，減債一百零二億。', m: ['百分七十七 = 77 %', '一百零二億 = 10200000000  down'] },
  { in: '這是萬一的準備。', m: [] },
  // a density per area
  {
    in: '本市人口密度為每平方公里1,258人。',
    m: ['1,258人 = 1258 人/平方公里'],
    s: ['本市人口密度'],
  },
  { in: '均下來，每月高達2533件。', m: ['2533件 = 2533 件'] },
  // 多 after a scale word before 元 is "more than" (3億多元), not the word 多元; 班 counts sailings or classes
  {
    in: '歲出增列3億多元，往返廈門24班、泉州4班。',
    m: ['3億多元 = 300000000 元 ~over', '24班 = 24 班', '4班 = 4 班'],
  },
  // 約 before a figure ending in 餘 or 多 is an estimate (H99, H143, H144)
  { in: '2025年小三通航線入出境約184萬餘人。', m: ['約184萬餘人 = 1840000 人 ~about'] },
  // votes, stalls and persons as measure words; 萬 then four digits
  {
    in: '無效票數為29萬6155票，勸離71員，擁有超過四百攤以上。',
    m: ['29萬6155票 = 296155 票', '71員 = 71 員', '超過四百攤以上 = 400 攤 ~over'],
  },
  // temperatures (℃, °C) and below zero; hours and minutes as minutes; 8成8 is 88%; 大概 about; 盞 and 桶 measure words
  {
    in: '年平均氣溫為23.3 ℃，最低氣溫零下5.2攝氏度，最高氣溫36.6 °C。',
    m: ['23.3 ℃ = 23.3 °C', '零下5.2攝氏度 = -5.2 攝氏度', '36.6 °C = 36.6 °C'],
  },
  { in: '暴雨警告生效總時間為11小時50分鐘。', m: ['11小時50分鐘 = 710 分鐘'] },
  { in: '收入7.7億元，8成8為公帑援助。', m: ['7.7億元 = 770000000 元', '8成8 = 88 %'] },
  {
    in: '投入了大概1003億元，整體約下降7.5個百分點，汰換12萬盞路燈，原油過剩約三百萬桶。',
    m: [
      '大概1003億元 = 100300000000 元 ~about',
      '7.5個百分點 = 7.5 百分点 down ~about',
      '12萬盞 = 120000 盞',
      '約三百萬桶 = 3000000 桶 ~about',
    ],
  },
  // 約佔…比率, 約為…的N倍 about; 至少增加 over; a measure word as written though its simplified form stands before
  {
    in: '約佔人口比率0.1%，約為氣候平均值的四倍，至少增加12%。',
    m: ['0.1% = 0.1 % ~about', '四倍 = 4 倍 ~about', '12% = 12 % up ~over'],
  },
  { in: '只有3,420萬元，六隻大熊貓帶來效益。', m: ['3,420萬元 = 34200000 元', '六隻 = 6 隻'] },
  // Hong Kong's small full stop as the decimal point, 百份之 for 百分之; 同期升, 多出 a difference; fish fry in 尾
  {
    in: '集團營業額上升4﹒4%至909﹒64億元，上調票價百份之四點九。',
    m: ['4﹒4% = 4.4 % up', '909﹒64億元 = 90964000000 元', '百份之四點九 = 4.9 %'],
  },
  { in: '第4季最高用電負荷為633.45兆瓦，同期升7.14%。', m: ['633.45兆瓦 = 633.45 兆瓦', '7.14% = 7.14 % up'] },
  { in: '西北太平洋有13個颱風生成，比氣候平均值多出2.2個。', m: ['13個 = 13 個', '2.2個 = 2.2 個 up'] },
  // the hundred-millions of a trillion amount with decimals
  { in: '營業額達2兆5991.74億元。', m: ['2兆5991.74億元 = 2599174000000 元'] },
  // scores in 分 and 級分 (not a clock's minutes), 萬餘家 before 營業人, 約僅有, an index value after its abbreviation,
  // people counted after 萬 with no measure word, MHz
  {
    in: '景氣對策信號綜合判斷分數增加至 38 分，國文頂標為13級分，錄取分數為二百八十三分。',
    m: ['38 分 = 38 分', '13級分 = 13 級分', '二百八十三分 = 283 分'],
  },
  { in: '火警於10時30分發生，下午3點15分撲熄。', m: [] },
  { in: '三公經費使用規定已公布。', m: [] },
  { in: '比賽於晚上8點30分開始，9時45分結束。', m: [] },
  { in: '尚有76萬餘家營業人未使用電子發票。', m: ['76萬餘家 = 760000 家 ~over'] },
  { in: '金門縣的投票率約僅有36.37%。', m: ['36.37% = 36.37 % ~about'] },
  { in: '3月消費者物價指數(CPI)為106.55。', m: ['106.55 = 106.55 '] },
  { in: '今年12萬考生報名。', m: ['12萬考生 = 120000 考生'] },
  { in: 'NCC完成590 MHz頻寬釋照作業。', m: ['590 MHz = 590 MHz'] },
  // digits after the last 萬 group (114億4,023萬4,000元), measures written digit by digit (一七四三公里, not 三公),
  // Taiwan's cubic metre as a rate's denominator, station-days
  { in: '投資金額計美金114億4,023萬4,000元。', m: ['114億4,023萬4,000元 = 11440234000 美元'] },
  { in: '歲入編列新台幣304億4292萬9000元。', m: ['304億4292萬9000元 = 30442929000 新台幣'] },
  { in: '完成一七四三公里農路及約六六二公頃土地。', m: ['一七四三公里 = 1743 公里', '約六六二公頃 = 662 公頃 ~about'] },
  {
    in: '細懸浮微粒濃度為12.6微克/立方公尺，紅色警示共88天次。',
    m: ['12.6微克/立方公尺 = 12.6 微克/立方公尺', '88天次 = 88 天次'],
  },
  // a floor lost (跌破, 失守: under), 未及 (under), 約達 (about), Hong Kong's cents (仙), minutes and seconds in seconds, spoken
  // hundredths (百分之十二點十三), a currency declared for the text (﹙美元.下同﹚)
  { in: '彰化縣人口已跌破122萬人。', m: ['122萬人 = 1220000 人 ~under'] },
  {
    in: '自籌財源未及二成，財政儲備將約達六千五百○四億元。',
    m: ['未及二成 = 20 % ~under', '六千五百○四億元 = 650400000000 元 ~about'],
  },
  { in: '每股盈利33.43仙。', m: ['33.43仙 = 33.43 仙'] },
  { in: '平均每3分48秒就有1人罹癌。', m: ['3分48秒 = 228 秒', '1人 = 1 人'] },
  { in: '康復出院率達百分之十二點十三。', m: ['百分之十二點十三 = 12.13 %'] },
  {
    in: '淨收益減少至1.67億元﹙美元.下同﹚，淨虧損5.62億元。',
    m: ['1.67億元 = 167000000 美元', '5.62億元 = 562000000 美元'],
  },
  { in: '歲入編列新臺幣(下同)304億元。', m: ['304億元 = 30400000000 元'], s: ['歲入編列'] },
  // a restatement in brackets shares the unit after it; small counts of firms and letters; schools (not 校區); a count
  // after its occasion word and 破; Macao's own currency declared stays 元
  {
    in: '香港人口的臨時數字為733萬(7,333,200)人，減少6.83萬(68,300)人。',
    m: ['733萬 = 7330000 人', '7,333,200 = 7333200 人', '6.83萬 = 68300 人 down', '68,300 = 68300 人 down'],
  },
  { in: '另有七間承辦商被機電署連發兩封警告信。', m: ['七間 = 7 間', '兩封 = 2 封'] },
  {
    in: '新生註冊率有6校低於6成，7校達100%。',
    m: ['6校 = 6 校', '低於6成 = 60 % ~under', '7校 = 7 校', '100% = 100 %'],
  },
  { in: '學校共有3校區。', m: [] },
  { in: '會議於下午3點15分左右開始。', m: [] },
  { in: '三公消費得到有效控制。', m: [] },
  { in: '每升汽油價格下周調整。', m: [] },
  { in: '台灣燈會總參觀人次破1200萬。', m: ['1200萬 = 12000000 人次 ~over'] },
  { in: '零售業銷售額為161.8億元(澳門元,下同)。', m: ['161.8億元 = 16180000000 元'] },
  // 兆焦耳, ppm, a bare 千億 after 達至, 校務 is no school, a student-teacher ratio
  {
    in: '煤氣銷售量約157.76億兆焦耳，殘留農藥0.05ppm。',
    m: ['約157.76億兆焦耳 = 15776000000 兆焦耳 ~about', '0.05ppm = 0.05 ppm'],
  },
  { in: '校務基金未來能達至千億元，全校生師比16.4。', m: ['千億元 = 100000000000 元', '16.4 = 16.4 '] },
  // 公克 (Taiwan's gram), a 2020s year in two Chinese digits (二一年, 二○年), a scaled figure ending a headline or named by
  // 為, an amount wrapped by PDF text
  { in: '查獲毒品總毛重達12,997公克。', m: ['12,997公克 = 12997 公克'] },
  { in: '二一年淨虧損7.71億元。', m: ['7.71億元 = 771000000 元'] },
  { in: '二○年該公司成立。', m: [] },
  { in: '二二年開始營運。', m: [] },
  { in: '旅發局:去年訪港旅客3400萬\n\n旅發局公布數字。', m: ['3400萬 = 34000000 '] },
  { in: '資產淨值達262億元,其中100億為政府注資。', m: ['262億元 = 26200000000 元', '100億 = 10000000000 '] },
  { in: '較前年度增加 3,105億\n    8,261萬5,000元。', m: ['3,105億\n    8,261萬5,000元 = 310582615000 元 up'] },
  { in: '每社區補助7萬\n   6,000元。', m: ['7萬\n   6,000元 = 76000 元'] },
  { in: '國泰萬\n3號倉庫啟用。', m: [] },
  { in: '一九年度報告已出版。', m: [] },
  { in: '二○二○年疫情爆發。', m: [] },
  { in: '公司於二一年成立。', m: [] },
  // 二億八千多萬 (the scale after 多 multiplies 八千 only), digits typed with an Arabic 0 (四七0六件) or written digit by
  // digit before a count (七八三人), Hong Kong's 萬二 and 千五, feet (呎)
  { in: '一0九年爭取二億八千多萬元和解金。', m: ['二億八千多萬元 = 280000000 元 ~over'] },
  { in: '民國一0九年為四七0六件,去年四七二0件。', m: ['四七0六件 = 4706 件', '四七二0件 = 4720 件'] },
  { in: '無薪休假人數由七八三人增加到八八六人。', m: ['七八三人 = 783 人', '八八六人 = 886 人'] },
  { in: '當中逾萬二宗已獲批出。', m: ['逾萬二宗 = 12000 宗 ~over'] },
  { in: '佔地10萬呎的新總部，面積2000平方呎。', m: ['10萬呎 = 100000 呎', '2000平方呎 = 2000 平方呎'] },
  { in: '萬一發生意外，後果嚴重。', m: [] },
  { in: '他們在一二三樓辦公。', m: [] },
  // 伙 (flats), 站 (stations, not 一站式), 車公里, the part below 萬 written digit by digit, an index value's basis
  { in: '新盤發售229伙沽清，港鐵站可提供1,280伙。', m: ['229伙 = 229 伙', '1,280伙 = 1280 伙'] },
  { in: '全市1,500站達標。', m: ['1,500站 = 1500 站'] },
  { in: '提供一站式服務。', m: [] },
  { in: '每日平均交通量為104.2百萬車公里。', m: ['104.2百萬車公里 = 104200000 車公里'] },
  { in: '詐欺案件數由九萬三三七九件下降至七萬九三一件。', m: ['九萬三三七九件 = 93379 件', '七萬九三一件 = 70931 件'] },
  {
    in: '住宅價格指數為 127.79,較上個月 126.60上升 0.94%,較前一年同期 115.36上升 10.77%。',
    m: ['127.79 = 127.79 ', '126.60 = 126.6 ', '0.94% = 0.94 % up', '115.36 = 115.36 ', '10.77% = 10.77 % up'],
  },
  { in: '車站三站之間相隔不遠。', m: [] },
  { in: '伙食費已經調整。', m: [] },
  { in: '二站合一的方案已獲通過。', m: [] },
  // chain stores (店) and cups (杯); a bare scale after 增加
  { in: '總店數則減至118,952店，年減2.98%。', m: ['118,952店 = 118952 店', '2.98% = 2.98 % down'] },
  { in: '門市單日銷量提升至1,300杯。', m: ['1,300杯 = 1300 杯'] },
  { in: '便當的銷售金額在近2年來增加百億元。', m: ['百億元 = 10000000000 元 up'], s: ['便當的銷售金額'] },
  { in: '一店一品的計畫推出。', m: [] },
  // half a year more (九年半), Taiwan's ping (坪) and a price per ping
  { in: '終審法院成立,至今剛逾九年半。', m: ['逾九年半 = 9.5 年 ~over'] },
  { in: '輪候時間約2年半。', m: ['約2年半 = 2.5 年 ~about'] },
  { in: '占地約750坪。', m: ['約750坪 = 750 坪 ~about'] },
  { in: '房價每坪64.47萬元。', m: ['64.47萬元 = 644700 元/坪'], s: ['房價'] },
  { in: '半年過後再說。', m: [] },
  // small numerals in a list of the same things
  { in: '其中港島七份、九龍十一份及新界五份。', m: ['七份 = 7 份', '十一份 = 11 份', '五份 = 5 份'] },
  { in: '從3間旺角分店、一間大埔分店抽取樣本。', m: ['3間 = 3 間', '一間 = 1 間'] },
  { in: '建立三項機制、五項制度。', m: [] },
  // milestones in characters, scaled figures before a verb or 的
  { in: '旅客人數突破百萬，達137.9萬人。', m: ['百萬 = 1000000  ~over', '137.9萬人 = 1379000 人'] },
  { in: '今年爭取到3,300萬進行道路改善工程。', m: ['3,300萬 = 33000000 '] },
  { in: '為超過400萬的市民開創美好未來。', m: ['超過400萬 = 4000000  ~over'] },
  { in: '千萬不要忘記初心。', m: [] },
  { in: '百萬雄師過大江。', m: [] },
  // 億 then a decimal 萬 part; fraud rings counted in 團
  { in: '財損金額為1億1505.8萬元。', m: ['1億1505.8萬元 = 115058000 元'] },
  { in: '今年破獲詐欺集團166團970人。', m: ['166團 = 166 團', '970人 = 970 人'] },
  { in: '現場亂成一團。', m: [] },
  { in: '分別是甲、乙兩組。', m: [] },
  // a middle dot as the decimal point of a numeral in characters; digits before a percent sign
  { in: '查獲非法私菸二三四·九五萬包。', m: ['二三四·九五萬包 = 2349500 包'] },
  { in: '貨櫃裝卸量年增一‧七%。', m: ['一‧七% = 1.7 % up'] },
  { in: '增幅高達九七八%。', m: ['九七八% = 978 % up'] },
  { in: '「五·一」假期順利結束。', m: [] },
  // 約為 before the currency written ahead of the figure; a list joined by 以及 shares the approximation
  { in: '平均房價約為澳門幣1951.8元。', m: ['1951.8元 = 1951.8 澳門元 ~about'] },
  { in: '飲食及零售業分別佔交易總額約 24%以及 70%。', m: ['約 24% = 24 % ~about', '70% = 70 % ~about'] },
  { in: '節約澳門幣500元的開支。', m: ['500元 = 500 澳門元'] },
  { in: '歲入歲出僅2022年度賸餘三億元。', m: ['三億元 = 300000000 元'] },
  // counts written digit by digit before a measure word (a customs release)
  { in: '已緝獲毒品四二一案，其中三九二案由海關自行查獲。', m: ['四二一案 = 421 案', '三九二案 = 392 案'] },
  { in: '入出境旅客攜毒共一七五案。', m: ['一七五案 = 175 案'] },
  { in: '巡查10595家戶。', m: ['10595家戶 = 10595 家戶'] },
  { in: '一二三案件的說明。', m: [] },
  { in: '第一二三案例的討論。', m: [] },
  // routes counted (路線 is no route's name); index values named with their letters
  { in: '目前已有32條路線營運。', m: ['32條 = 32 條'] },
  { in: '公車路線圖請見第3頁。', m: [] },
  // the small percent sign; counties and cities counted together; the air quality index
  { in: '新竹縣失業率4.3﹪為全台第二低。', m: ['4.3﹪ = 4.3 %'] },
  { in: '居各縣市(縣市合併後 20 縣市)第 2 位。', m: ['20 縣市 = 20 縣市'] },
  { in: '空氣品質指標（AQI）達38。', m: ['38 = 38 '] },
  { in: '請見﹪符號說明。', m: [] },
  // 升 before 至 is the rise, not litres; flats counted as units
  { in: '租金中位數由$4,500升至$5,000。', m: ['$4,500 = 4500 美元', '$5,000 = 5000 美元'] },
  { in: '每日用水300升。', m: ['300升 = 300 升'] },
  { in: '該項目提供224單位。', m: ['224單位 = 224 單位'] },
  // a 十 right after 百 with no digit of its own is 一十; the old characters for twenty, thirty, forty alone
  { in: '抽水機總數達五百十一台。', m: ['五百十一台 = 511 台'] },
  { in: '建置一百十處水位站。', m: ['一百十處 = 110 處'] },
  { in: '建置卅一座雨量站。', m: ['卅一座 = 31 座'] },
  { in: '廿二處土石流潛勢溪流。', m: ['廿二處 = 22 處'] },
  { in: '百十人聚集。', m: [] },
  { in: '卅日下午召開記者會。', m: [] },
  { in: '廿四節氣的推廣活動。', m: [] },
  // tenths written once after the last figure of a list
  { in: '平日載客量約7、8成。', m: ['約7 = 70 % ~about', '8成 = 80 % ~about'] },
  { in: '第7、8成員國。', m: [] },
  // a rate per head of population written as a bare decimal, in a sentence that names the rate
  {
    in: '中心估測2021年香港的自殺率為12.3，較2020年的12.1略高。',
    m: ['12.3 = 12.3 ', '12.1 = 12.1 '],
  },
  { in: '標準化死亡率為每十萬人10.3。', m: ['10.3 = 10.3 '] },
  {
    in: '男性自殺率較女性高出約一倍(男性:16.8;女性:8.5)。',
    m: ['約一倍 = 1 倍 ~about up', '16.8 = 16.8 ', '8.5 = 8.5 '],
  },
  { in: '本會於2021.10發布報告。', m: [] },
  { in: '請參閱第3.2節的說明。', m: [] },
  // years and the months after them are one duration, in months
  { in: '鎮長任期僅1年10個月。', m: ['1年10個月 = 22 個月'] },
  { in: '工程歷時3年零2個月完成。', m: ['3年零2個月 = 38 個月'] },
  { in: '2019年10月的統計。', m: [] },
  // hydrants by the piece (具), calls taken (通), not 通過 or 具有
  { in: '總計設置39具消防栓箱。', m: ['39具 = 39 具'] },
  {
    in: '去年119話務量高達37萬5336通，平均每天處理1028通報案電話。',
    m: ['37萬5336通 = 375336 通', '1028通 = 1028 通'],
  },
  { in: '本案經3通過審查。', m: [] },
  { in: '第3具有代表性的案例。', m: [] },
  // a list of places, each a short name and a bare figure, the unit written once after the last
  {
    in: '疏散撤離共5488人，包含新北市1843、台北4、南投105及高雄3129人。',
    m: ['5488人 = 5488 人', '1843 = 1843 人', '4 = 4 人', '105 = 105 人', '3129人 = 3129 人'],
  },
  { in: '其中第一產業增加值12、第二產業5個百分點。', m: ['5個百分點 = 5 百分点'] },
  { in: '表1 通傳會前瞻第3期特別決算數。', m: [] },
  // a price per physical unit written before the figure and a few words of its move; kilowatt-hours written out
  {
    in: '港燈燃料調整費將由8月份的每度電36.7仙，下調至9月份的32.9 仙。',
    m: ['36.7仙 = 36.7 仙/度', '32.9 仙 = 32.9 仙'],
  },
  { in: '審議會決議每度電價皆調漲0.1元。', m: ['0.1元 = 0.1 元/度 up'] },
  { in: '車用輕柴油的平均售價為每公升13.20元。', m: ['13.20元 = 13.2 元/公升'] },
  { in: '用電量為9.85億千瓦小時，按季下跌21.8%。', m: ['9.85億千瓦小時 = 985000000 千瓦小時', '21.8% = 21.8 % down'] },
  { in: '每人每月可領3000元。', m: ['3000元 = 3000 元'] },
  { in: '每度電都要節約使用。', m: [] },
  { in: '每公升汽油的價格已公布。', m: [] },
  // a rate's bare decimal written in characters, as a rate's bare decimal in digits
  {
    in: '職業傷害千人率為二點七七三，較前一年二點九五三略降。',
    m: ['二點七七三 = 2.773 ', '二點九五三 = 2.953 '],
  },
  { in: '營造業排名第二點，其餘從略。', m: [] },
  // speeds in a Latin symbol glued to the figure
  {
    in: '全國4G定點量測平均下載速率提升到95.42Mbps,較前期56.71Mbps提高68.25%。',
    m: ['95.42Mbps = 95.42 Mbps', '56.71Mbps = 56.71 Mbps', '68.25% = 68.25 % up'],
  },
  // a ceiling on the change a verb states, and a rule that it must not exceed
  { in: '但去年未調者，今年最多可調升2.5%。', m: ['2.5% = 2.5 % ~under up'] },
  { in: '惟因調幅最高不得逾2.5%，故修正為2.5%。', m: ['不得逾2.5% = 2.5 % ~under', '2.5% = 2.5 %'] },
  { in: '主計總處今天公布11月份躉售物價指數。', m: [] },
  { in: '國家統計局日前發布2024年數據。', m: [] },
  // Taiwan years in a list, after 回顧 or 展望 (spaces read through), and at a clause start: dates, not spans
  { in: '會中回顧 114 年面對極端氣候,並展望 115 年多項建設。', m: [] },
  {
    in: '97年及98年長照服務量比例分別為2.3%及5.7%,至99年達16.3%。',
    m: ['2.3% = 2.3 %', '5.7% = 5.7 %', '16.3% = 16.3 %'],
  },
  { in: '103年選拔出214項、105年選拔出195項。', m: ['214項 = 214 項', '195項 = 195 項'] },
  { in: '該校建校80年來培育人才。', m: [] },
  // a Taiwan year of a hundred and more is a year unless a span word goes with it; 自91年來 is since the year
  { in: '較96年增加2.44%,為自91年來首度正成長。', m: ['2.44% = 2.44 % up'] },
  {
    in: '桃園109年住宅共計86.8萬宅,10年來成長18.4%。',
    m: ['86.8萬宅 = 868000 宅', '18.4% = 18.4 % up'],
    s: ['住宅', '住宅'],
  },
  { in: '該會歷時120年。', m: ['120年 = 120 年'] },
  // a Taiwan budget groups digits by 萬, the last group by thousands; a run of zeros after a comma is no figure
  {
    in: '本年度歲入預算1089,0827,000元,較上年度減少83,1128,000元。',
    m: ['1089,0827,000元 = 10890827000 元', '83,1128,000元 = 831128000 元 down'],
  },
  { in: '較上年度1271162,000元。', m: [] },
  { in: '代號1089,0827,00。', m: [] },
  // nights a guest stays, not an evening
  { in: '住客平均留宿1.4晚,與去年同月持平。', m: ['1.4晚 = 1.4 晚'] },
  { in: '2月1晚上舉行晚會。', m: [] },
  // 約 before a verb of carrying or needing, 約下跌, 不超 (a ceiling), an approximation word before the currency
  { in: '平均每日約接載54,280次。', m: ['54,280次 = 54280 次 ~about'] },
  { in: '按年同期約下跌1.5%。', m: ['1.5% = 1.5 % ~about down'] },
  { in: '平均候診不超1小時。', m: ['不超1小時 = 1 小時 ~under'] },
  { in: '公益金會撥出逾港幣3,500萬元。', m: ['3,500萬元 = 35000000 港元 ~over'] },
  { in: '節約用水，人人有責。', m: [] },
  { in: '雙方約定下次再談。', m: [] },
  // dependency ratios as bare values, a ranked list's bracketed values, and not the basis's year
  {
    in: '108年底新北市扶老比為19.58，較98年底扶老比10.55提高。',
    m: ['19.58 = 19.58 ', '10.55 = 10.55 '],
  },
  {
    // (前3名, the top of the ranking, is no count: ignored by the gold of H665, H672, H714)
    in: '扶老比最高前3名分別為平溪區(45.96)、雙溪區(40.03)。',
    m: ['45.96 = 45.96 ', '40.03 = 40.03 '],
  },
  { in: '本區在98年成立(1.5)號專案。', m: [] },
  { in: '扶老比持續上升。', m: [] },
  { in: '最高者為平溪區。', m: [] },
  { in: '較98年底明顯提高。', m: [] },
  // hours and minutes written 分 after 小時 are one duration in minutes; a CPI's value; a ratio's move and ranked values
  { in: '集會遊行時間平均每次 8 小時 48 分。', m: ['8 小時 48 分 = 528 分'] },
  { in: '臺北市CPI為102.69。', m: ['102.69 = 102.69 '] },
  {
    in: '性比例為100.06,較上年同月減少0.30。性比例最高者為連江縣131.10,其次為嘉義縣108.82。',
    m: ['100.06 = 100.06 ', '0.30 = 0.3  down', '131.10 = 131.1 ', '108.82 = 108.82 '],
  },
  // must not match: 分之 after hours; a bare count after a county with no rate named; a bare decrease with no rate
  { in: '每小時3分之1的時間。', m: ['3分之1 = 33.3333 %'] },
  { in: '最多者為連江縣131人,其次為嘉義縣108.82。', m: ['131人 = 131 人'] },
  { in: '人口較上年同月減少0.30。', m: [] },
  // must not match: a ranking with no figure, a cause with no move, a ratio named with no value, an outline
  { in: '食品及非酒精飲料次之。', m: [] },
  { in: '食物類因外食費反映食材成本上升,致價格上漲。', m: [] },
  { in: '性比例最高者為連江縣。', m: [] },
  { in: '經濟增長進一步放緩。', m: [] },
  { in: '本財政年度錄得赤字。', m: [] },
  { in: '報告分為八個部分。', m: [] },
  // must not match: the pool a rank is held in and the rank; a pollutant's name split by a space
  { in: '在全國22縣市中排名第11。', m: [] },
  { in: '細懸浮微粒 PM 2.5 的監測站已更新。', m: [] },
  // a cap the rules set right before the figure, and a figure that is the limit (為限), are under; a ranking's 最高為 and
  // the largest single case (最多一宗) are not
  {
    in: '提供每戶最高5萬元,每戶以戶內實際居住人口最多3人為限,賑助期間最多為6個月。',
    m: ['5萬元 = 50000 元 ~under', '3人 = 3 人 ~under', '6個月 = 6 個月 ~under'],
  },
  { in: '人口增加率最高者為連江縣119.14‰。', m: ['119.14‰ = 119.14 ‰'] },
  { in: '每戶以5,000元為限。', m: ['5,000元 = 5000 元 ~under'] },
  // a space groups the thousands after 億 as a comma does (Hong Kong's releases)
  { in: '全年總出入境人次超過2億9 000萬。', m: ['超過2億9 000萬 = 290000000 人次 ~over'] },
  // half as a share, with a word that makes it a measure; must not match: 一半 with none
  { in: '警方共拘捕6,385人,超過一半已被檢控。', m: ['6,385人 = 6385 人', '超過一半 = 50 % ~over'] },
  { in: '一半以上的企業盈利。', m: ['一半以上 = 50 % ~over'] },
  { in: '一半是海水一半是火焰。', m: [] },
  // a count of meetings held (舉行了…次會議); must not match: a session's name (人大五次會議)
  { in: '在今個會期，內會一共舉行了二十七次會議。', m: ['二十七次 = 27 次'] },
  { in: '縣十八屆人大五次會議隆重開幕。', m: [] },
  // must not match: a session named after the verb that convenes it; a move with no figure after its basis
  { in: '立法會今日舉行第六次會議。', m: [] },
  { in: '營收仍較去年同月成長。', m: [] },
  // small counts of bills and reports are findings; must not match: a small count of abstract items (四項機制)
  { in: '內會亦考慮了三項由議員提交的法案。', m: ['三項 = 3 項'] },
  { in: '審計署發表了兩份審計報告。', m: ['兩份 = 2 份'] },
  { in: '政府建立了四項機制。', m: [] },
  // must not match: the period of a company's accounts, a proposal with no amount
  { in: '集團截至二零二三年十二月三十一日止年度的業績。', m: [] },
  { in: '董事會建議派發末期股息。', m: [] },
  // a fraction without 之 (Hong Kong); must not match: 十分 as "very"
  { in: '財政儲備的投資收入約為政府收入的十分一。', m: ['十分一 = 10 % ~about'] },
  { in: '約佔三分一的人口。', m: ['三分一 = 33.3333 % ~about'] },
  { in: '雙方意見十分一致。', m: [] },
  // an index value written digit by digit in characters, its point a full stop
  {
    in: '經濟部統計處昨公布十一月工業生產指數一一九．三一，年增十六．四二％。',
    m: ['一一九．三一 = 119.31 ', '十六．四二％ = 16.42 % up'],
  },
  { in: '製造業生產指數平均為一一一．二八。', m: ['一一一．二八 = 111.28 '] },
  // must not match: 十分 as "very" before 一 words; an index named with no value
  { in: '今年的表現十分一般。', m: [] },
  { in: '製造業生產指數平均為年內最高。', m: [] },
  // a rate per 10,000 people written with a slash
  { in: '火災發生率為0.60次/萬人,僅高於台中縣。', m: ['0.60次/萬人 = 0.6 次/萬人'] },
  // must not match: the week before, no figure
  { in: '對上一周情況相若。', m: [] },
];
