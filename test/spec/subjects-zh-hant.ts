// Spec table of subjects, traditional Chinese: the subject rules read the script fold, and the
// subjects come back as written. Read by spec-tables.test.ts.
import type { SpecCase } from './types';

export const ZH_HANT_SUBJECTS: SpecCase[] = [
  // bracketed examples (如…) and a one-character price move are no part of what is measured
  {
    in: '西式早點（如漢堡、三明治）漲8.34%，中式早點（如燒餅、飯糰）漲5.76%。',
    m: ['8.34% = 8.34 % up', '5.76% = 5.76 % up'],
    s: ['西式早點', '中式早點'],
  },
  // a predicate-only phrase with no figure before: the clause before names the subject
  { in: '整體經濟一直以低於趨勢速度增長，全年只增長1.4%。', m: ['1.4% = 1.4 % up'], s: ['整體經濟'] },
  {
    in: '2012年首3季的薪金和工資，分別平均按年上升6.7%和5.9%。',
    m: ['6.7% = 6.7 % up', '5.9% = 5.9 % up'],
    s: ['首3季的薪金', '首3季的工資'],
  },
  { in: '整體經濟表現穩定，全年增長理想。', m: [] },
  // a physical unit the price is per, written before the figure, makes the rate unit (H52-3); 每人 names a measure
  { in: '現時成本約為每立方米12元。', m: ['12元 = 12 元/立方米'], s: ['成本'] },
  { in: '每人GDP 3萬2,105美元。', m: ['3萬2,105美元 = 32105 美元'] },
  // an earlier Taiwan year before 同期/底 is a date; the basis and a span of years leave the subject (H52-16)
  {
    in: '原住民人口數有48萬8,773人,較96年同期增加1.99%,十年來(較87年底)提高0.32個百分點。',
    m: ['48萬8,773人 = 488773 人', '1.99% = 1.99 % up', '0.32個百分點 = 0.32 百分点 up'],
    s: ['原住民人口數', '原住民人口數', '原住民人口數'],
  },
  // must-not-match: 90年 after a verb of time is a duration
  { in: '該項目歷時90年。', m: ['90年 = 90 年'] },
  // a share stated with 相等於 after the part's own figure is the part's share; 維持年息 leaves the rates' names
  {
    in: '有形貿易逆差為336億元，相等於商品進口貨值的9.8%。',
    m: ['336億元 = 33600000000 元', '9.8% = 9.8 %'],
    s: ['有形貿易逆差', '有形貿易逆差相等於商品進口貨值'],
  },
  {
    in: '本行重貼現率及短期融通利率分別維持年息1.25%及3.5%。',
    m: ['1.25% = 1.25 %', '3.5% = 3.5 %'],
    s: ['重貼現率', '短期融通利率'],
  },
  // a list of places with their figures measures what the list names, not each place (H11-3, H52-14)
  {
    in: '首季輸往香港(31.0億元)、美國(1.5億元)的貨值按年分別上升20.7%和13.4%。',
    m: ['31.0億元 = 3100000000 元', '1.5億元 = 150000000 元', '20.7% = 20.7 % up', '13.4% = 13.4 % up'],
    s: ['貨值', '貨值', '貨值', '貨值'],
  },
  // must-not-match: a kind of area counted after its name is what is counted
  {
    in: '全國共有省級行政區劃單位34個(其中直轄市4個、省23個)。',
    m: ['34個 = 34 個', '4個 = 4 個', '23個 = 23 個'],
    s: ['全國共有省級行政區劃單位', '直轄市', '省'],
  },
  // coordinated modifiers share the head
  {
    in: '城鎮和農村居民人均可支配收入分別增長4.3%、5.5%。',
    m: ['4.3% = 4.3 % up', '5.5% = 5.5 % up'],
    s: ['城鎮居民人均可支配收入', '農村居民人均可支配收入'],
  },
  { in: '城鎮和農村居民收入差距收窄。', m: [] },
  // the parts after 其中
  {
    in: '政府債務餘額4492億元，其中市本級1962億元。',
    m: ['4492億元 = 449200000000 元', '1962億元 = 196200000000 元'],
    s: ['政府債務餘額', '市本級政府債務餘額'],
  },
  { in: '其中，鐵路運輸保持平穩。', m: [] },
  // the noun phrase an amount is of, after 的
  {
    in: '政府公布一系列涉及320億元的房屋措施。',
    m: ['320億元 = 32000000000 元'],
    s: ['涉及房屋措施'],
  },
  { in: '失業率回落至3.1%的低位。', m: ['3.1% = 3.1 %'], s: ['!失業率低位'] },
  // adverbs and time phrases between the subject and a change
  {
    in: '受惠於旅遊業復蘇，零售業銷貨價值在去年進一步飆升12.4%。',
    m: ['12.4% = 12.4 % up'],
    s: ['零售業銷貨價值'],
  },
  // a date and a plan before the subject; an indefinite count before the noun measured
  {
    in: '我們計劃在將軍澳劃定一幅約5公頃的土地。',
    m: ['約5公頃 = 5 公頃 ~about'],
    s: ['將軍澳劃定土地'],
  },
  {
    in: '3月8日載客可達2 500人的新郵輪將首航。',
    m: ['2 500人 = 2500 人'],
    s: ['載客新郵輪'],
  },
  { in: '計劃在明年推出市場。', m: [] },
  // Hong Kong's 按年 (year on year) and 實質 (in real terms) say how a change is counted; a year in Chinese numerals is when
  { in: '二零二五年第三季本地生產總值按年實質上升3.8%。', m: ['3.8% = 3.8 % up'], s: ['本地生產總值'] },
  { in: '整體消費物價按年上升1.9%。', m: ['1.9% = 1.9 % up'], s: ['整體消費物價'] },
  // a list wrapped after its first figure stays one list
  {
    in: '2012年首3季的薪金和工資，分別平均按年上升6.7%\n和 5.9%。',
    m: ['6.7% = 6.7 % up', '5.9% = 5.9 % up'],
    s: ['首3季的薪金', '首3季的工資'],
  },
  { in: '按年計，本地經濟表現平穩。', m: [] },
  // Hong Kong's bases (與上年同期比較, 較二零一四年的) and a clause opened by 而 name no subject: the figure before gives it
  {
    in: '整體本地生產總值實質上升1.9%，而二零一五年第三季的升幅為2.2%。',
    m: ['1.9% = 1.9 % up', '2.2% = 2.2 % up'],
    s: ['整體本地生產總值', '整體本地生產總值'],
  },
  {
    in: '與上年同期比較，金融業的淨產值上升6.0%，較二零一四年的4.8%升幅略快。',
    m: ['6.0% = 6 % up', '4.8% = 4.8 % up'],
    s: ['金融業的淨產值', '金融業的淨產值'],
  },
  { in: '貿易業的淨產值在第四季下跌1.0%。', m: ['1.0% = 1 % down'], s: ['貿易業的淨產值'] },
  // a share glued to a count (280 件占 48.11%) is the count's item's share; a basis of the same period is no subject
  {
    in: '查獲案件 582 件,其中妨害善良風俗 280 件占 48.11%,較上年同期增加 55 件。',
    m: ['582 件 = 582 件', '280 件 = 280 件', '48.11% = 48.11 %', '55 件 = 55 件 up'],
    s: ['查獲案件', '妨害善良風俗', '妨害善良風俗', '!同期'],
  },
  {
    in: '警方開立刑事專案調查案件共8,802宗,與2020年同期相比上升24.1%。電腦犯罪今年首9個月共同比上升279.6%。',
    m: ['8,802宗 = 8802 宗', '24.1% = 24.1 % up', '279.6% = 279.6 % up'],
    s: ['警方開立刑事專案調查案件', '警方開立刑事專案調查案件', '電腦犯罪'],
  },
  // names listed after a colon, each with its figure: the measure the lead names (not the place)
  {
    in: '世界主要國家(地區)最新失業率如次:法國10.5%,加拿大6.8%,美國5.5%。',
    m: ['10.5% = 10.5 %', '6.8% = 6.8 %', '5.5% = 5.5 %'],
    s: ['世界主要國家（地區）最新失業率', '世界主要國家（地區）最新失業率', '世界主要國家（地區）最新失業率'],
  },
  // 影響CPI上漲約N個百分點: the part whose price moved
  {
    in: '食品煙酒類價格同比上漲1.5%，影響CPI上漲約0.26個百分點。',
    m: ['1.5% = 1.5 % up', '約0.26個百分點 = 0.26 百分点 ~about up'],
    s: ['食品煙酒類價格', '食品煙酒類價格影響CPI'],
  },
  // The places of a ranking: each figure measures what is ranked, not its place.
  {
    in: '就縣市別言,粗出生率最高為新竹市之16.76‰,其次為臺北市12.80‰;最低為屏東縣7.10‰。',
    m: ['16.76‰ = 16.76 ‰', '12.80‰ = 12.8 ‰', '7.10‰ = 7.1 ‰'],
    s: ['粗出生率', '粗出生率', '粗出生率'],
  },
  // Not a ranking: a place's own figure keeps its place.
  { in: '連江縣人口增加率為119.14‰。', m: ['119.14‰ = 119.14 ‰ up'], s: ['連江縣人口增加率'] },
  // A Minguo year in digits before an age band, a death count or a bracket is a date, not a count of years.
  {
    in: '108年65歲以上死亡人數12萬7,461人,較上(107)年增加2,565人。',
    m: ['12萬7,461人 = 127461 人', '2,565人 = 2565 人 up'],
    s: ['65歲以上死亡人數', '65歲以上死亡人數'],
  },
  { in: '108年死亡人數計17萬5,424人。', m: ['17萬5,424人 = 175424 人'], s: ['死亡人數'] },
  // Taiwan's and Hong Kong's bases: 較上月底, 與二○二一年相比（即…）; 衰退 is a fall.
  {
    in: '本國銀行放款總餘額為30兆3,007億元，較上月底增加2,746億元。',
    m: ['30兆3,007億元 = 30300700000000 元', '2,746億元 = 274600000000 元 up'],
    s: ['!底', '!底'],
  },
  {
    in: '國銀3月稅前盈餘182億元，較去年同期大幅衰退44%。',
    m: ['182億元 = 18200000000 元', '44% = 44 % down'],
    s: ['國銀3月稅前盈餘', '國銀3月稅前盈餘'],
  },
  {
    in: '火警召喚共有34 775宗，與二○二一年相比（即33 891宗），上升了2.6%。',
    m: ['34 775宗 = 34775 宗', '33 891宗 = 33891 宗', '2.6% = 2.6 % up'],
    s: ['火警召喚', '火警召喚', '火警召喚'],
  },
  // A range from one period's level to another's: the periods and the move leave the subject; both ends measure it.
  {
    in: '就業不足率亦由2022年12月至2023年2月的1.3%下跌至2023年1月至3月的1.2%。',
    m: ['1.3% = 1.3 %', '1.2% = 1.2 %'],
    s: ['就業不足率', '就業不足率'],
  },
  // A change verb after the measure word is no counted noun (下跌至…, not the subject).
  {
    in: '新收人次顯著減少，由15311人次下跌至13246人次。',
    m: ['15311人次 = 15311 人次', '13246人次 = 13246 人次'],
    s: ['!下跌至13246人次', '!下跌至13246人次'],
  },
  // 由於 (because) is no range's start.
  {
    in: '由於需求下滑，電子業產值為520億元。',
    m: ['520億元 = 52000000000 元'],
    s: ['電子業產值'],
  },
  // 合共 and 計有 are a total's verbs; 【提要】 and a Minguo year before 100 open no subject; the second end of a range
  // after 提升至 and a period measures what the first does; 將 and 之 are the future's and the possessive's
  {
    in: '【提要】99年底臺北市常住人口計有265萬5,570人。',
    m: ['265萬5,570人 = 2655570 人'],
    s: ['臺北市常住人口'],
  },
  { in: '火警原因以忘記關爐為主，合共226宗。', m: ['226宗 = 226 宗'], s: ['!合'] },
  {
    in: '污水下水道實施率由92年底30.21%提升至97年底53.73%。',
    m: ['30.21% = 30.21 %', '53.73% = 53.73 %'],
    s: ['污水下水道實施率', '污水下水道實施率'],
  },
  {
    in: '預估未來我國總人口將由2024年之2,340萬人，減少至2070年之1,497萬人。',
    m: ['2,340萬人 = 23400000 人', '1,497萬人 = 14970000 人'],
    s: ['總人口', '總人口'],
  },
  // how often is not what is counted
  {
    in: '今年春節期間到公立醫院急症室求診的人次按年上升1.5%，至平均每天5,496人次。',
    m: ['1.5% = 1.5 % up', '5,496人次 = 5496 人次'],
    s: ['到公立醫院急症室求診的人次', '到公立醫院急症室求診的人次'],
  },
  {
    in: '香港郵政處理的郵件量達13.7億件，平均每日處理380萬件。',
    m: ['13.7億件 = 1370000000 件', '380萬件 = 3800000 件'],
    s: ['香港郵政處理的郵件量', '香港郵政處理的郵件量'],
  },
  // what was received is a count's subject, not who received it; the next figure's head is no part of the noun
  {
    in: '公署於二〇一八年共接到10,130宗查詢及4,870宗投訴。',
    m: ['10,130宗 = 10130 宗', '4,870宗 = 4870 宗'],
    s: ['查詢', '投訴'],
  },
  { in: '房屋局累計收到約6,100份申請。', m: ['約6,100份 = 6100 份 ~about'], s: ['申請'] },
  // a clause without a figure that sets a record names what the figures after it measure
  {
    in: '去年註冊的新本地公司數目創新高，共109,424間，較2008年的98,645間，增幅10.93%。',
    m: ['109,424間 = 109424 間', '98,645間 = 98645 間', '10.93% = 10.93 % up'],
    s: ['註冊的新本地公司數目', '註冊的新本地公司數目', '註冊的新本地公司數目'],
  },
  // a record set before the figure and an adverb of time are no part of what is measured
  {
    in: '2025年台灣高鐵全年旅運再創新高，首度突破8000萬，達到8207萬人次。',
    m: ['8000萬 = 80000000  ~over', '8207萬人次 = 82070000 人次'],
    s: ['台灣高鐵全年旅運', '台灣高鐵全年旅運'],
  },
  // the one-character move and its basis are no part of the subject
  {
    in: '今年1月破產呈請書753宗,按月升11.56%。本地賽馬投注總額較上一年度升1.8%。',
    m: ['753宗 = 753 宗', '11.56% = 11.56 % up', '1.8% = 1.8 % up'],
    s: ['破產呈請書', '破產呈請書', '賽馬投注總額'],
  },
  // a school year before the subject (110學年) and a basis school year with its 少 (比106學年少) are no part of it
  {
    in: '110學年大專畢業生28.4萬人,比106學年少2.1萬人。',
    m: ['28.4萬人 = 284000 人', '2.1萬人 = 21000 人 down'],
    s: ['大專畢業生', '大專畢業生'],
  },
  // a label before a colon names the figure; a basis (較上次調查, 同期相比, 相較於2018年) takes the topic's subject; a Taiwan
  // year opening a clause is no figure
  { in: '全國住宅建造執照宅數：37,545宅。', m: ['37,545宅 = 37545 宅'], s: ['全國住宅建造執照宅數'] },
  {
    in: '本次調查毛豬在養總頭數533萬頭，較上次調查增加27.2萬頭。',
    m: ['533萬頭 = 5330000 頭', '27.2萬頭 = 272000 頭 up'],
    s: ['調查毛豬在養總頭數', '調查毛豬在養總頭數'],
  },
  { in: '2019年總發電量相較於2018年削減0.5%。', m: ['0.5% = 0.5 % down'], s: ['總發電量'] },
  { in: '調查結果也指出,106年平均每戶家庭儲蓄為329,132元。', m: ['329,132元 = 329132 元'], s: ['平均每戶家庭儲蓄'] },
  { in: '該校創校100年,校友眾多。', m: ['100年 = 100 年'] },
  {
    in: '非本地生人數由回歸初期5,653人增加至現時17,992人。',
    m: ['5,653人 = 5653 人', '17,992人 = 17992 人'],
    s: ['非本地生人數', '非本地生人數'],
  },
  // a ranking of quoted categories measures what its lead names, shares included
  {
    in: '勞資爭議發生件數較多之行業，以「批發及零售業」6,044件，占23.6%居首，「製造業」4,789件居次。',
    m: ['6,044件 = 6044 件', '23.6% = 23.6 %', '4,789件 = 4789 件'],
    s: ['勞資爭議發生件數', '勞資爭議發生件數', '勞資爭議發生件數'],
  },
  {
    in: '勞資爭議件數以直轄市較多，「臺北市」4,451件居首。',
    m: ['4,451件 = 4451 件'],
    s: ['勞資爭議件數'],
  },
  { in: '推動「青年安心成家」方案，受益2,000戶。', m: ['2,000戶 = 2000 戶'], s: ['受益'] },
  // a ranking list after 以, its items unquoted: the measure the lead names
  {
    in: '各縣市中，本國籍全時受僱員工總薪資中位數，以新竹市90.2萬元、新竹縣73.6萬元較高。',
    m: ['90.2萬元 = 902000 元', '73.6萬元 = 736000 元'],
    s: ['本國籍全時受僱員工總薪資中位數', '本國籍全時受僱員工總薪資中位數'],
  },
  {
    in: '2024年總薪資中位數以金融及保險業110.6萬元、電力及燃氣供應業109.1萬元較高。',
    m: ['110.6萬元 = 1106000 元', '109.1萬元 = 1091000 元'],
    s: ['總薪資中位數', '總薪資中位數'],
  },
  { in: '以新竹市為例，家庭所得為90.2萬元。', m: ['90.2萬元 = 902000 元'], s: ['家庭所得'] },
  // a share in tenths written before its group measures that group
  {
    in: '宜縣消防局4成救護車及6成心臟刺激甦醒器已逾齡亟需汰換。',
    m: ['4成 = 40 %', '6成 = 60 %'],
    s: ['救護車', '心臟刺激甦醒器'],
  },
  {
    in: '隨團入境旅客按年升近八成至約二十四萬人次。',
    m: ['近八成 = 80 % ~about up', '約二十四萬人次 = 240000 人次 ~about'],
    s: ['隨團入境旅客', '隨團入境旅客'],
  },
  // the figure compared with or ranked behind measures what the figure before names; so does a level reached again
  {
    in: '今年書展入場人次達58萬人次，比起去年書展的57萬人次增加1萬人次。',
    m: ['58萬人次 = 580000 人次', '57萬人次 = 570000 人次', '1萬人次 = 10000 人次 up'],
    s: ['書展入場人次', '書展入場人次', '書展入場人次'],
  },
  {
    in: '平均每位市民借閱4.15冊，僅次於臺北市的4.56冊。',
    m: ['4.15冊 = 4.15 冊', '4.56冊 = 4.56 冊'],
    s: ['平均每位市民借閱', '平均每位市民借閱'],
  },
  {
    in: '2022年書展入場人次回到25萬人次，去年攀升到57萬人次。',
    m: ['25萬人次 = 250000 人次', '57萬人次 = 570000 人次'],
    s: ['書展入場人次', '書展入場人次'],
  },
  // a basis in a survey's years or in Taiwan's 民國 calendar is no subject
  {
    in: '所得總額為10兆2701億元，較民國103年增加2.1%。',
    m: ['10兆2701億元 = 10270100000000 元', '2.1% = 2.1 % up'],
    s: ['所得總額', '所得總額'],
  },
  {
    in: '澳門住戶總數共191273戶，較2012/2013年增加10199戶，升幅為5.6%。',
    m: ['191273戶 = 191273 戶', '10199戶 = 10199 戶 up', '5.6% = 5.6 % up'],
    s: ['澳門住戶總數', '澳門住戶總數', '澳門住戶總數'],
  },
  {
    in: '台北市APC為76.5%，仍較五年前、2019年的81.0%減少4.5個百分點。',
    m: ['76.5% = 76.5 %', '81.0% = 81 %', '4.5個百分點 = 4.5 百分点 down'],
    s: ['台北市APC', '台北市APC', '台北市APC'],
  },
  // a clause of only a year and its verb measures the topic of the clause before
  {
    in: '另外,各級毒品施用初犯人口部分,106年為1萬4017人,113年降至8909人。',
    m: ['1萬4017人 = 14017 人', '8909人 = 8909 人'],
    s: ['各級毒品施用初犯人口', '各級毒品施用初犯人口'],
  },
  // the body that reports a figure and its month stay out of the subject; a month's move and a run take the measure
  {
    in: '主計總處今天發布10月消費者物價指數（CPI）年增率為1.48%，雖連續六個月低於2%。',
    m: ['1.48% = 1.48 % up', '六個月 = 6 個月', '低於2% = 2 % ~under up'],
    s: ['消費者物價指數（CPI）年增率', '消費者物價指數（CPI）年增率', '消費者物價指數（CPI）年增率'],
  },
  {
    in: '行政院主計總處今天公布11月份躉售物價指數(WPI),月跌0.69%,為連續15個月負成長。',
    m: ['0.69% = 0.69 % down', '15個月 = 15 個月'],
    s: ['躉售物價指數（WPI)', '躉售物價指數（WPI)'],
  },
  // a topic, its year and its verb: the topic stays, the verb 發生 goes (a place and a year before a measure do not)
  { in: '暴力犯罪110年發生50件。', m: ['50件 = 50 件'], s: ['暴力犯罪110年'] },
  // a rate's denominator (每十萬人口, 每千活產) is its unit's, not what it measures; a formula in brackets is no part of
  // the measure's name
  {
    in: '108年死亡率(死亡人數除以年中人口數)為每十萬人口743.4人,較上年上升1.4%。',
    m: ['743.4人 = 743.4 人', '1.4% = 1.4 % up'],
    s: ['死亡率', '死亡率'],
  },
  // the bases of a pair of moves (按月及按年) and the whole of a share (在M2所佔) stay out of the part that moved
  {
    in: '澳門幣在M2所佔的比重為28.2%,按月及按年分別下降1.1個百分點及0.1個百分點。',
    m: ['28.2% = 28.2 %', '1.1個百分點 = 1.1 百分点 down', '0.1個百分點 = 0.1 百分点 down'],
    s: ['澳門幣在M2所佔的比重', '澳門幣', '澳門幣'],
  },
  // a basis compared with (與上年度…比較, 與102年…相較) and a place ranked above (僅次於臺北市之) are not what is measured
  {
    in: '新竹市家庭平均每人可支配所得33.4萬元,亦僅次於臺北市之38.2萬元,較99年微減0.44%。',
    m: ['33.4萬元 = 334000 元', '38.2萬元 = 382000 元', '0.44% = 0.44 % down'],
    s: ['新竹市家庭平均每人可支配所得', '新竹市家庭平均每人可支配所得', '新竹市家庭平均每人可支配所得'],
  },
  {
    in: '新生兒死亡率為每千活產2.8人,與102年2.4人相較,每千活產增加0.4人。',
    m: ['2.8人 = 2.8 人', '2.4人 = 2.4 人', '0.4人 = 0.4 人 up'],
    s: ['新生兒死亡率', '新生兒死亡率', '新生兒死亡率'],
  },
  { in: '與上年度比較,略有減少。', m: [] },
  { in: '亦僅次於臺北市。', m: [] },
  // a revision (修正為, 下修), the earlier reading (原為, 7月概估數為) and the forecast compared with measure what the
  // sentence revises; a conjunction (惟) and a comparison's verb (還要高出) are no part of the subject
  {
    in: '實質GDP成長率修正為-3.31%(原為-2.87%)。',
    m: ['-3.31% = -3.31 % down', '-2.87% = -2.87 % down'],
    s: ['實質GDP成長率', '實質GDP成長率'],
  },
  {
    in: '全年經濟成長率1.61%,較112年5月預測數2.04%下修0.43個百分點。',
    m: ['1.61% = 1.61 % up', '2.04% = 2.04 % up', '0.43個百分點 = 0.43 百分点 down'],
    s: ['經濟成長率', '經濟成長率', '經濟成長率'],
  },
  {
    in: '證券交易稅增加48億元,惟營利事業所得稅減少20億元。',
    m: ['48億元 = 4800000000 元 up', '20億元 = 2000000000 元 down'],
    s: ['證券交易稅', '營利事業所得稅'],
  },
  {
    in: '一般申請數目約為5 800宗,較上一次公佈的約3 500宗還要高出約66%。',
    m: ['約為5 800宗 = 5800 宗 ~about', '約3 500宗 = 3500 宗 ~about', '約66% = 66 % ~about up'],
    s: ['一般申請數目', '一般申請數目', '一般申請數目'],
  },
  { in: '惟今年表現較原來預測為佳。', m: [] },
  // what the measure was affected by (受…影響) and a year in Taiwan's calendar in brackets (今（107）年1-4月) open no subject
  { in: '受疫情影響110學年度境外生人數為9萬2963人。', m: ['9萬2963人 = 92963 人'], s: ['境外生人數'] },
  { in: '今（107）年1-4月捷運客運量231萬人次。', m: ['231萬人次 = 2310000 人次'], s: ['捷運客運量'] },
  // the topic before 繼 or 在 is what the clause's figures measure; what is left after the period and the change word lends it
  {
    in: '金融及保險業的淨產值,繼第二季實質下跌3.7%後,在第三季下跌10.1%,而第四季的升幅為3.7%。',
    m: ['3.7% = 3.7 % down', '10.1% = 10.1 % down', '3.7% = 3.7 % up'],
    s: ['金融及保險業的淨產值', '金融及保險業的淨產值', '金融及保險業的淨產值'],
  },
  { in: '各項工作,繼續穩步推進。', m: [] },
  // a bare rate after 由 in a sentence naming the rate; the period said again (同期的) opens the clause
  {
    in: '同期的每千名僱員傷亡率亦由26.7下降至16.9，跌幅為36.9%。',
    m: ['26.7 = 26.7 ', '16.9 = 16.9 ', '36.9% = 36.9 % down'],
    s: ['每千名僱員傷亡率', '每千名僱員傷亡率', '每千名僱員傷亡率'],
  },
  { in: '同期全市生产总值增长5.2%。', m: ['5.2% = 5.2 % up'], s: ['生产总值'] },
  { in: '會議由主席主持，由下午開始。', m: [] },
  { in: '2005-06年度的經營赤字為40億元。', m: ['40億元 = 4000000000 元'], s: ['經營赤字'] },
  // this school year, and the one compared with, are when
  {
    in: '本學年小一新生5012人，較113學年新生5199人減少187人。',
    m: ['5012人 = 5012 人', '5199人 = 5199 人', '187人 = 187 人 down'],
    s: ['小一新生', '新生', '新生'],
  },
  // a level reached or neared (來到, 逼近, 超越了) and the year whose figure is neared: how, not what
  {
    in: '澎湖今年的觀光人數,來到107萬7633人,已逼近105年的108萬餘人。',
    m: ['107萬7633人 = 1077633 人', '108萬餘人 = 1080000 人 ~over'],
    s: ['澎湖今年的觀光人數', '澎湖今年的觀光人數'],
  },
  {
    in: '截至今年10月,觀光人數來到107萬7633人,己超越了104年的97萬2968人。',
    m: ['107萬7633人 = 1077633 人', '97萬2968人 = 972968 人'],
    s: ['觀光人數', '觀光人數'],
  },
  { in: '該工程已逼近完工,來到最後階段。', m: [] },
  { in: '根據統計,達到高峰。', m: [] },
  // an adverb or ranking word alone (相應, 其次, 短短) names nothing: the figure before lends its measure
  {
    in: '綜合消費物價指數按年上升1.9%，相應上升1.1%。',
    m: ['1.9% = 1.9 % up', '1.1% = 1.1 % up'],
    s: ['綜合消費物價指數', '綜合消費物價指數'],
  },
  { in: '其次是加強監管。', m: [] },
  // in what terms a move is measured (以價值計, 以數量計) and a topic marker (至於) are no part of the subject
  {
    in: '至於酒吧的總收益,以價值計上升3.2%,以數量計則上升3.7%。',
    m: ['3.2% = 3.2 % up', '3.7% = 3.7 % up'],
    s: ['酒吧的總收益', '酒吧的總收益'],
  },
  { in: '出口貨物的數量上升3%。', m: ['3% = 3 % up'], s: ['出口貨物的數量'] },
  // who and a relative when (今年6月, 截至去年12月底的, 今年年中) open the phrase, not what it measures
  { in: '中華郵政今年6月虧損293億元。', m: ['293億元 = 29300000000 元'], s: ['虧損'] },
  {
    in: '台電截至去年12月底的長短期借款達1兆7472億元。',
    m: ['1兆7472億元 = 1747200000000 元'],
    s: ['長短期借款'],
  },
  { in: '香港今年年中人口逾749萬。', m: ['逾749萬 = 7490000  ~over'], s: ['人口'] },
  { in: '訪港旅客去年大幅回升至約3400萬人次。', m: ['約3400萬人次 = 34000000 人次 ~about'], s: ['訪港旅客'] },
  // the agent, the time and the adverb before a verb of police work name who and when, not what was done
  { in: '警方共查捕逃犯137人。', m: ['137人 = 137 人'], s: ['查捕逃犯'] },
  { in: '去年迄今已查獲14名犯嫌。', m: ['14名 = 14 名'], s: ['查獲犯嫌'] },
  // a clause of only the count's source, its period and its verb measures the topic before it
  {
    in: '攔阻詐欺件數部分，統計114年1-3月份則有51件。',
    m: ['51件 = 51 件'],
    s: ['攔阻詐欺件數'],
  },
  // a basis with 相比 before 分別 still shares out the list before it
  {
    in: '詐騙案件數及財損金額，與113年度相比分別減少10.48%及27.85%。',
    m: ['10.48% = 10.48 % down', '27.85% = 27.85 % down'],
    s: ['詐騙案件數', '財損金額'],
  },
  // must-not cases
  { in: '警方共查捕逃犯多人。', m: [] },
  { in: '與去年相比更加重視防詐宣導。', m: [] },
  // the week or the month a figure is compared with opens no subject; the figure before lends its
  {
    in: '加權股價指數收盤為10,371.75點，較上周五（2日）11,126.23點下跌754.48點。',
    m: ['10,371.75點 = 10371.75 點', '11,126.23點 = 11126.23 點', '754.48點 = 754.48 點 down'],
    s: ['加權股價指數收盤', '加權股價指數收盤', '加權股價指數收盤'],
  },
  {
    in: '混合資產基金平均淨回報為10.6%，較6月時數據降1.9個百分點。',
    m: ['10.6% = 10.6 %', '1.9個百分點 = 1.9 百分点 down'],
    s: ['混合資產基金平均淨回報', '混合資產基金平均淨回報'],
  },
  { in: '較上周五的交易更加活躍。', m: [] },
  // an adverb of degree alone (更是) moves what the figure before measures
  {
    in: '攔阻潛在被害金額達5,110萬元，相較於113年196萬，更是成長25倍。',
    m: ['5,110萬元 = 51100000 元', '196萬 = 1960000', '25倍 = 25 倍 up'],
    s: ['攔阻潛在被害金額', '攔阻潛在被害金額', '攔阻潛在被害金額'],
  },
  // a forecast, the period before or the time before the pandemic set against a figure opens no subject
  {
    in: '整體住宅樓價指數為250.1，較上期（2018年9月至11月）上升0.6%。',
    m: ['250.1 = 250.1', '0.6% = 0.6 % up'],
    s: ['整體住宅樓價指數', '整體住宅樓價指數'],
  },
  {
    in: '非廣東省旅客比例為65%，較疫情前上升7個百分點。',
    m: ['65% = 65 %', '7個百分點 = 7 百分点 up'],
    s: ['非廣東省旅客比例', '非廣東省旅客比例'],
  },
  { in: '經濟表現遠高於原預測的水準。', m: [] },
  // an item before a colon that names a measure (營業額) is the measure; the place or part before the colon is not
  {
    in: '(二)香港:營業額下降12.2%至4.24億元,分部溢利下跌49.7%至685萬元;',
    m: ['12.2% = 12.2 % down', '4.24億元 = 424000000 元', '49.7% = 49.7 % down', '685萬元 = 6850000 元'],
    s: ['營業額', '營業額', '分部溢利', '分部溢利'],
  },
  // a quarter as the basis (比第2季的, 較第2季的) opens no subject: the figure before lends its
  {
    in: '鴻海第3季合併毛利率6.35%，比第2季的6.33%微增0.02個百分點。',
    m: ['6.35% = 6.35 %', '6.33% = 6.33 %', '0.02個百分點 = 0.02 百分点 up'],
    s: ['鴻海第3季合併毛利率', '鴻海第3季合併毛利率', '鴻海第3季合併毛利率'],
  },
  // a clause of only the move (，增1,164宗) takes the item before its comma
  {
    in: '包括網上購物騙案，增1,164宗(+13.8%)、網上求職騙案，增1,024宗(+40.3%)及網上投資騙案，增897宗(+31.9%)。',
    m: [
      '1,164宗 = 1164 宗 up',
      '+13.8% = 13.8 % up',
      '1,024宗 = 1024 宗 up',
      '+40.3% = 40.3 % up',
      '897宗 = 897 宗 up',
      '+31.9% = 31.9 % up',
    ],
    s: ['網上購物騙案', '網上購物騙案', '網上求職騙案', '網上求職騙案', '網上投資騙案', '網上投資騙案'],
  },
  // not a comparison before the comma (與上一期相若), nor a clause with a figure of its own
  {
    in: '失業人數( 6,700人 )與上一期相若,較2019年同期減少400人。',
    m: ['6,700人 = 6700 人', '400人 = 400 人 down'],
    s: ['失業人數', '失業人數'],
  },
  {
    in: '海關共查獲非法私菸二三四·九五萬包,較去年同期的二一·七九萬包增加二一三萬餘包。',
    m: ['二三四·九五萬包 = 2349500 包', '二一·七九萬包 = 217900 包', '二一三萬餘包 = 2130000 包 ~over up'],
    s: ['查獲非法私菸', '查獲非法私菸', '查獲非法私菸'],
  },
  // a move with its degree adverb (大跌) is no subject
  {
    in: '死亡及嚴重受傷的人數為321人，同樣大跌45%。',
    m: ['321人 = 321 人', '45% = 45 % down'],
    s: ['死亡及嚴重受傷的人數', '死亡及嚴重受傷的人數'],
  },
  // a financial year or a month opening the phrase says when
  { in: '2005-06年度的經營開支為2,080億元。', m: ['2,080億元 = 208000000000 元'], s: ['經營開支'] },
  { in: '整體經濟一直以低於趨勢速度增長，全年只增長1.4%。', m: ['1.4% = 1.4 % up'], s: ['整體經濟'] },
  { in: '第2季的業績說明會在台北舉行。', m: [] },
  { in: '網上購物騙案，增幅明顯。', m: [] },
  // 為最高峰 after a figure is a predicate, no noun; a span of years (5年內) is no subject; the figure-free clause before
  // a clause of years and moves names what moved
  {
    in: '近5年酒駕案件收案26萬8920件,2019年6萬4460件為最高峰,5年內減少1萬9694件。',
    m: ['近5年 = 5 年 ~about', '26萬8920件 = 268920 件', '6萬4460件 = 64460 件', '1萬9694件 = 19694 件 down'],
    s: [null, '酒駕案件收案', '酒駕案件收案', '酒駕案件收案'],
  },
  {
    in: '因此酒駕案件收案占全部刑案比率亦呈逐年下降,自2019年13.7%降至2023年6.1%。',
    m: ['13.7% = 13.7 %', '6.1% = 6.1 %'],
    s: ['酒駕案件收案占全部刑案比率', '酒駕案件收案占全部刑案比率'],
  },
  { in: '5年內完成全部工程。', m: [] },
  // places ranked (以台北市最高, 基隆市次之) by the measure of the paragraph's figure before
  {
    in: '公共運輸市占率為16.0%。各縣市中,以台北市(37.0%)最高,基隆市(32.4%)次之。',
    m: ['16.0% = 16 %', '37.0% = 37 %', '32.4% = 32.4 %'],
    s: ['公共運輸市占率', '公共運輸市占率', '公共運輸市占率'],
  },
  { in: '各縣市中以台北市最高。', m: [] },
  // a rank's word before 為 names nothing: the item after it moved
  {
    in: '珠寶首飾的銷貨價值上升57.2%;其次為其他未分類消費品,上升23.4%。',
    m: ['57.2% = 57.2 % up', '23.4% = 23.4 % up'],
    s: ['珠寶首飾的銷貨價值', '其他未分類消費品'],
  },
  // a provisional estimate is the reading's kind; a clause of only a noun phrase names what moved; a month alone does not
  {
    in: '網上銷售佔7.3%,臨時估計為24億元,較去年同月下跌9%。',
    m: ['7.3% = 7.3 %', '24億元 = 2400000000 元', '9% = 9 % down'],
    s: ['網上銷售', '網上銷售', '網上銷售'],
  },
  {
    in: '今年8月零售業總銷貨數量的臨時估計,較去年同月上升11%。',
    m: ['11% = 11 % up'],
    s: ['零售業總銷貨數量'],
  },
  { in: '零售業總銷貨數量,較去年同月上升11%。', m: ['11% = 11 % up'], s: ['零售業總銷貨數量'] },
  {
    in: '從單月看,10月份,規模以上工業增加值兩年平均增長5.2%。',
    m: ['兩年 = 2 年', '5.2% = 5.2 % up'],
    s: ['規模以上工業增加值', '規模以上工業增加值'],
  },
  { in: '其次為其他未分類消費品。', m: [] },
  // a holder's long name and the year before the measure; not a basis year after 較, nor a start after 自
  {
    in: '桃園國際機場2025年客運量達4,780萬人次。',
    m: ['4,780萬人次 = 47800000 人次'],
    s: ['客運量'],
  },
  {
    in: '預估全年客運收入較113年增加約26億元。',
    m: ['約26億元 = 2600000000 元 ~about up'],
    s: ['客運收入'],
  },
  { in: '桃園國際機場今年持續擴建航廈。', m: [] },
  // the item ranked (居首, 居次) is counted, not the rank
  {
    in: '出境旅客中以中國大陸居首，399萬人次。',
    m: ['399萬人次 = 3990000 人次'],
    s: ['出境旅客'],
  },
  { in: '以違反公共危險罪最多，竊盜居次3218件。', m: ['3218件 = 3218 件'], s: ['竊盜'] },
  { in: '各類案件中以竊盜居首。', m: [] },
  // items ranked after 以 among a set (旅客中) count that set; among a group of holders (各港當中), the clause's measure
  {
    in: '旅客中以中國大陸399萬人次居首,其次為日本163萬人次。',
    m: ['399萬人次 = 3990000 人次', '163萬人次 = 1630000 人次'],
    s: ['旅客', '旅客'],
  },
  {
    in: '103年國際商港進出港旅客人數突破百萬,各港當中,以基隆港57.8萬人次居冠。',
    m: ['百萬 = 1000000  ~over', '57.8萬人次 = 578000 人次'],
    s: ['國際商港進出港旅客人數', '國際商港進出港旅客人數'],
  },
  { in: '各港當中以基隆港居冠。', m: [] },
  // an amount held after 尚有 names its noun after the unit (not 尚)
  {
    in: '她雖已還債100億元，但尚有127億元債務。',
    m: ['100億元 = 10000000000 元 down', '127億元 = 12700000000 元'],
    s: ['雖已還債', '債務'],
  },
  { in: '縣庫目前有7億資金。', m: ['7億 = 700000000 '], s: ['縣庫目前資金'] },
  // a byline and the day in brackets before 公布 are who and when, not what
  {
    in: '〔記者廖家寧／台北報導〕經濟部統計處今（21日）公布9月外銷訂單702.2億美元，月增17%。',
    m: ['702.2億美元 = 70220000000 美元', '17% = 17 % up'],
    s: ['外銷訂單', '外銷訂單'],
  },
  // still, and the figure before a revision, name nothing
  {
    in: '9月出口金額僅225.4億美元,較去年同期仍大減14.6%。',
    m: ['225.4億美元 = 22540000000 美元', '14.6% = 14.6 % down'],
    s: ['出口金額', '出口金額'],
  },
  {
    in: '2023年經濟成長率修正為1.08％（原統計為1.12％）。',
    m: ['1.08％ = 1.08 % up', '1.12％ = 1.12 % up'],
    s: ['經濟成長率', '經濟成長率'],
  },
  // what moved stands before the reason its clause gives
  {
    in: '機械產品因半導體設備訂單增加，年增11.4%，化學品則因石化產品接單成長，年增1.4%。',
    m: ['11.4% = 11.4 % up', '1.4% = 1.4 % up'],
    s: ['機械產品', '化學品'],
  },
  { in: '油料費因國際油價走低，年減5.72%。', m: ['5.72% = 5.72 % down'], s: ['油料費'] },
  // a run of months after a figure is of what that figure measures
  {
    in: '外銷訂單年增30.5%，寫連續8個月正成長。',
    m: ['30.5% = 30.5 % up', '8個月 = 8 個月'],
    s: ['外銷訂單', '外銷訂單'],
  },
  // a list whose last item ends with the shared head, cut after the first item's last two characters
  {
    in: '電子產品、資訊通信產品接單額分別年增45.9%、33.1%。',
    m: ['45.9% = 45.9 % up', '33.1% = 33.1 % up'],
    s: ['電子產品接單額', '資訊通信產品接單額'],
  },
  // a topic set off by 部分 names what the next clause counts
  {
    in: '在小一新生部分，本學年共5012人、281班。',
    m: ['5012人 = 5012 人', '281班 = 281 班'],
    s: ['小一新生', '小一新生'],
  },
  // a financial year written as a range is when, not a figure of the clause
  { in: '2009 - 10年度的盈餘，預計達256億元。', m: ['256億元 = 25600000000 元'], s: ['盈餘'] },
  // what moved stands before the reason, whatever figures the reason holds
  {
    in: '躉售物價指數則因國際油價較104年為低之影響，較104年下跌2.97%。',
    m: ['2.97% = 2.97 % down'],
    s: ['躉售物價指數'],
  },
  // 同期間 opens the clause, a level's word after 的 names nothing
  {
    in: '男性平均壽命從76.4歲增加到76.6歲,同期間女性從82.8歲增加到83.3歲。',
    m: ['76.4歲 = 76.4 歲', '76.6歲 = 76.6 歲', '82.8歲 = 82.8 歲', '83.3歲 = 83.3 歲'],
    s: ['男性平均壽命', '男性平均壽命', '女性', '女性'],
  },
  { in: '就業不足率保持不變,維持於1.6%的水平。', m: ['1.6% = 1.6 %'], s: ['!水平'] },
  // the items of a breakdown are each their own, not the first item's
  {
    in: '按地區別觀察，東協年增15.4%，歐洲年增7.1%。',
    m: ['15.4% = 15.4 % up', '7.1% = 7.1 % up'],
    s: ['東協', '歐洲'],
  },
  // 發生 after what happened, 上升幅度 alone, and the item a ranking names after 以
  {
    in: '全般刑案計發生7,915件，較去年減少579件。',
    m: ['7,915件 = 7915 件', '579件 = 579 件 down'],
    s: ['刑案', '刑案'],
  },
  {
    in: '火警出勤總數為5000宗，上升幅度為7.92%。',
    m: ['5000宗 = 5000 宗', '7.92% = 7.92 % up'],
    s: ['火警出勤總數', '火警出勤總數'],
  },
  {
    in: '救護案件中，非創傷類以急病最多4.4萬人次，占75.8%。',
    m: ['4.4萬人次 = 44000 人次', '75.8% = 75.8 %'],
    s: ['急病', '急病'],
  },
  // must-not-match cases of this round's rules
  { in: '〔記者廖家寧／台北報導〕經濟部統計處今日公布外銷訂單。', m: [] },
  { in: '油料費因國際油價走低而下跌。', m: [] },
  { in: '縣庫尚有債務待償還。', m: [] },
  { in: '在小一新生部分，報到工作有序推進。', m: [] },
  // the first end of a move written with a bare scale, and the object a clause before moved
  {
    in: '高雄黃線獲准追加預算，從1,442億大幅增加至2,368億。',
    m: ['1,442億 = 144200000000 ', '2,368億 = 236800000000 '],
    s: ['預算', '預算'],
  },
  {
    in: '計畫型補助卻要求地方提高自籌比例從50%至70%不等。',
    m: ['50% = 50 %', '70% = 70 %'],
    s: ['自籌比例', '自籌比例'],
  },
  // a count received names its noun after the unit, a 與…無關的 phrase too; who received it and when are no part of it
  {
    in: '廉署在去年接獲2835宗與選舉無關的貪污投訴，較前一年輕微減少2%。',
    m: ['2835宗 = 2835 宗', '2% = 2 % down'],
    s: ['與選舉無關的貪污投訴', '與選舉無關的貪污投訴'],
  },
  {
    in: '私隱專員公署在2023年收到的投訴個案為3,582宗，較2022年的3,848宗下跌7%。',
    m: ['3,582宗 = 3582 宗', '3,848宗 = 3848 宗', '7% = 7 % down'],
    s: ['投訴個案', '投訴個案', '投訴個案'],
  },
  { in: '消費者委員會去年接獲的整體投訴數字破4萬宗。', m: ['4萬宗 = 40000 宗 ~over'], s: ['整體投訴數字'] },
  { in: '公署共接獲查詢300宗與去年相若。', m: ['300宗 = 300 宗'], s: ['!與去年相若'] },
  // a clause opening on a move's first end and its year measures the clause before's topic
  {
    in: '近年平等機會委員會接獲性騷擾投訴有上升趨勢，由2014/15年度103宗增至2018/19年度143宗，升幅近四成。',
    m: ['103宗 = 103 宗', '143宗 = 143 宗', '近四成 = 40 % ~about up'],
    s: ['性騷擾投訴', '性騷擾投訴', '性騷擾投訴'],
  },
  // 劇增 and 縮減 are whole verbs: no part of what moved
  {
    in: '第一季全體機場貨物運量五十三萬公噸，其中二月劇增22%。',
    m: ['五十三萬公噸 = 530000 公噸', '22% = 22 % up'],
    s: ['全體機場貨物運量', '全體機場貨物運量'],
  },
  // a count's bare move after a rate moves the count before the rate (its unit says so)
  {
    in: '今年1月出生數為1萬3137人，折合年粗出生率為千分之6.62，較去年同月增加3536人、36.83%。',
    m: ['1萬3137人 = 13137 人', '千分之6.62 = 0.662 %', '3536人 = 3536 人 up', '36.83% = 36.83 % up'],
    s: ['出生數', '年粗出生率', '出生數', '出生數'],
  },
  {
    in: '粗出生率為千分之6.62，較去年同月增加0.5個千分點。',
    m: ['千分之6.62 = 0.662 %', '0.5個千分點 = 0.5 千分点 up'],
    s: ['粗出生率', '粗出生率'],
  },
  // a rate's formula in brackets is no part of its name; an earlier survey compared with names nothing
  { in: '預算達成率(累計實收數/全年預算數)為15.1%。', m: ['15.1% = 15.1 %'], s: ['預算達成率'] },
  {
    in: '有延長工時者占41.2%，較111年調查下降0.8個百分點。',
    m: ['41.2% = 41.2 %', '0.8個百分點 = 0.8 百分点 down'],
    s: ['有延長工時者', '有延長工時者'],
  },
  // how often something happens measures the happening named after the interval
  {
    in: '今年1月出生數為1萬3137人，平均約每3.4分鐘出生一個嬰兒。',
    m: ['1萬3137人 = 13137 人', '3.4分鐘 = 3.4 分鐘 ~about'],
    s: ['出生數', '出生一個嬰兒'],
  },
  // a unit of only a basis set off by its comma and a move continues the measure of the unit before
  {
    in: '2月底人口數為2,336萬1,486人，與去年同月比較，減少19萬8967人；與去年12月比較，則減少2萬5648人。',
    m: ['2,336萬1,486人 = 23361486 人', '19萬8967人 = 198967 人 down', '2萬5648人 = 25648 人 down'],
    s: ['人口數', '人口數', '人口數'],
  },
  // a ranked list's values measure what its 最高 ranks, and the next list's too
  {
    in: '扶老比最高者分別為平溪區(45.96)、雙溪區(40.03)；最低者則為蘆洲區(14.11)。',
    m: ['45.96 = 45.96 ', '40.03 = 40.03 ', '14.11 = 14.11 '],
    s: ['扶老比', '扶老比', '扶老比'],
  },
  // the year's end opening the phrase is when
  { in: '108年底新北市有401萬8,696人。', m: ['401萬8,696人 = 4018696 人'], s: ['新北市'] },
  // places listed with their rates, and a place's basis level, measure what the figure before them measures
  {
    in: '臺中市全體企業利潤率為9.67%，較臺灣地區的6.35%高出3.32%，臺北市、新北市與高雄市分別為7.04%、4.93%與7.12%。',
    m: ['9.67% = 9.67 %', '6.35% = 6.35 %', '3.32% = 3.32 % up', '7.04% = 7.04 %', '4.93% = 4.93 %', '7.12% = 7.12 %'],
    s: [
      '臺中市全體企業利潤率',
      '臺中市全體企業利潤率',
      '臺中市全體企業利潤率',
      '臺中市全體企業利潤率',
      '臺中市全體企業利潤率',
      '臺中市全體企業利潤率',
    ],
  },
  // a sentence's opening topic names the measure a place holds
  {
    in: '在工商及服務從業員工人數項目上，100年底臺中市為100萬9,620人。',
    m: ['100萬9,620人 = 1009620 人'],
    s: ['工商及服務從業員工人數'],
  },
  // a share restated as an equivalent measures the clause before it
  {
    in: '疫情期間投入的財政資源，相當於2019年本地生產總值的12%。',
    m: ['12% = 12 %'],
    s: ['投入的財政資源'],
  },
  // a list that ranks places by a count (以…最多, …居前三) measures the topic its clause opens with
  {
    in: '每戶人口部分，以連江縣3.36人最多、其次為金門縣2.98人，再其次為彰化縣2.73人。',
    m: ['3.36人 = 3.36 人', '2.98人 = 2.98 人', '2.73人 = 2.73 人'],
    s: ['每戶人口', '每戶人口', '每戶人口'],
  },
  {
    in: '超出數以中山區21.1萬人、中正區16.0萬人、大安區13.0萬人居前三。',
    m: ['21.1萬人 = 211000 人 up', '16.0萬人 = 160000 人', '13.0萬人 = 130000 人'],
    s: ['超出數', '超出數', '超出數'],
  },
  // must keep a counted noun that ends as a place does, with no rank
  { in: '全縣新增綠色工業園區10個。', m: ['10個 = 10 個'], s: ['新增綠色工業園區'] },
  { in: '以人為本部分，持續推動。', m: [] },
  // a basis that names only its period, after a semicolon, measures the figure before in its unit
  {
    in: '交通投訴組在7月至9月共接獲4,469宗投訴及建議；較上季的3,190宗上升了40.1%。',
    m: ['4,469宗 = 4469 宗', '3,190宗 = 3190 宗', '40.1% = 40.1 % up'],
    s: ['投訴及建議', '投訴及建議', '投訴及建議'],
  },
  { in: '較上季略為上升。', m: [] },
  // a speaker names no measure: the topic the sentence opened with does
  {
    in: '至於嚴重毒品案件，曾偉雄指去年錄得1,855宗，較前年少414宗。',
    m: ['1,855宗 = 1855 宗', '414宗 = 414 宗 down'],
    s: ['嚴重毒品案件', '嚴重毒品案件'],
  },
  { in: '至於毒品問題，處長指會加強打擊。', m: [] },
  { in: '恒指急挫3%，港指亦跌。', m: ['3% = 3 % down'], s: ['恒指'] },
  // 次之 after a figure's 人 is no 人次; the rank word and what is left of 淨增加 are no part of the subject
  {
    in: '各大業以製造業淨增加二點九萬人最多，批發及零售業淨增加零點七萬人次之，住宿及餐飲業淨增加零點五萬人居第三。',
    m: ['二點九萬人 = 29000 人 up', '零點七萬人 = 7000 人 up', '零點五萬人 = 5000 人 up'],
    s: ['製造業', '批發及零售業', '住宿及餐飲業'],
  },
  { in: '全年接待遊客120萬人次。', m: ['120萬人次 = 1200000 人次'], s: ['接待遊客'] },
  // a unit that opens on its basis with no comma after it (與去年同月比較減少…) continues the last move's measure
  {
    in: '全國人口數為2330萬6085人，與10月比較減少4768人；與去年同月比較減少9萬6710人。',
    m: ['2330萬6085人 = 23306085 人', '4768人 = 4768 人 down', '9萬6710人 = 96710 人 down'],
    s: ['全國人口數', '全國人口數', '全國人口數'],
  },
  // a balance, an investment, a loan or bonds named right after an amount; the date a level stood at is no subject
  { in: '本財政年度錄得803億港元赤字。', m: ['803億港元 = 80300000000 港元'], s: ['財政年度赤字'] },
  { in: '政府會提供23億元貸款。', m: ['23億元 = 2300000000 元'], s: ['政府會提供貸款'] },
  { in: '財政儲備在二○二五年三月三十一日為6,543億港元。', m: ['6,543億港元 = 654300000000 港元'], s: ['財政儲備'] },
  // must not take: a foundation (基金會) after 的
  { in: '投入資金12億元的基金會成立。', m: ['12億元 = 1200000000 元'], s: ['投入資金基金會成立'] },
  // a bare figure's clause: the item a share ranks (次之, 所占比例最高), the topic whose cause led to the move (因…致)
  {
    in: '支出中以住宅服務所占比例最高,達29.16%;食品及非酒精飲料次之,占15.75%;而教育所占比例最低,只占1.94%。',
    m: ['29.16% = 29.16 %', '15.75% = 15.75 %', '1.94% = 1.94 %'],
    s: ['住宅服務', '食品及非酒精飲料', '教育'],
  },
  {
    in: '食物類因外食費反映食材成本上升,致上漲8.3%,漲幅最大。',
    m: ['8.3% = 8.3 % up'],
    s: ['食物類'],
  },
  // must not take: a figure whose own clause names its measure
  { in: '食品次之,其支出占15.75%。', m: ['15.75% = 15.75 %'], s: ['支出'] },
  // how markedly a figure moved is no part of what moved
  { in: '其中詐騙案顯著下跌30.9%。', m: ['30.9% = 30.9 % down'], s: ['詐騙案'] },
  { in: '其中诈骗案明显下降30.9%。', m: ['30.9% = 30.9 % down'], s: ['诈骗案'] },
  // a move after 的 (its manner before it) names no subject
  { in: '貨物出口在去年全年實質僅有1.3%的輕微增長。', m: ['1.3% = 1.3 % up'], s: ['貨物出口在去年全年'] },
  { in: '香港經濟錄得2.5%的溫和增長。', m: ['2.5% = 2.5 % up'], s: ['!溫和'] },
  // the budget or forecast compared with is no part of what moved; the predicate after a share's noun is cut
  { in: '另一方面,開支較修訂預算減少了15億港元。', m: ['15億港元 = 1500000000 港元 down'], s: ['開支'] },
  { in: '另外，75%的重點企業已選擇在港設立全球或地區總部。', m: ['75% = 75 %'], s: ['重點企業'] },
  { in: '超过80%的企业均已复工。', m: ['超过80% = 80 % ~over'], s: ['企业'] },
  // a period alone or connectives alone name no measure: the figure before in the sentence lends its subject
  {
    in: '歲出編列2兆8,818億元,較112年度之2兆6,891億元,增加1,927億元。',
    m: ['2兆8,818億元 = 2881800000000 元', '2兆6,891億元 = 2689100000000 元', '1,927億元 = 192700000000 元 up'],
    s: ['歲出編列', '歲出編列', '歲出編列'],
  },
  {
    in: '各政事別金額均有成長,惟其中以社會福利支出增加3,537億元最多。',
    m: ['3,537億元 = 353700000000 元 up'],
    s: ['社會福利支出'],
  },
  {
    in: '平均數各為52.2%及22.8%,相較疫情前之108年度各為55.5%及24.4%。',
    m: ['52.2% = 52.2 %', '22.8% = 22.8 %', '55.5% = 55.5 %', '24.4% = 24.4 %'],
    s: ['平均數', '平均數', '平均數', '平均數'],
  },
  // an outline number and a year open the list; the head after a bracketed item is shared whole
  {
    in: '2.111年度直轄市及縣(市)自籌財源占歲出比例平均數各為52.2%及22.8%。',
    m: ['52.2% = 52.2 %', '22.8% = 22.8 %'],
    s: ['直轄市自籌財源占歲出比例平均數', '縣（市）自籌財源占歲出比例平均數'],
  },
  { in: '今年一至七月累計的旅運量已突破100萬人次。', m: ['100萬人次 = 1000000 人次 ~over'], s: ['旅運量'] },
  // 以 a rate of: the rate is the measure, not who used it nor what it won
  { in: '臺中市以15%的得票率拿下最適合創業的縣市。', m: ['15% = 15 %'], s: ['得票率'] },
  // a move opening the bracket after a quoted item: the item moved
  {
    in: '部分貨品類別的出口貨值錄得升幅,尤其是「電動機械」(增303億元,升16.1%)。',
    m: ['303億元 = 30300000000 元 up', '16.1% = 16.1 % up'],
    s: ['電動機械', '電動機械'],
  },
  // places listed with their moves in brackets: the measure that moved, named before the list or after the bracket
  {
    in: '輸往大部分主要目的地的整體出口貨值錄得升幅，尤其是馬來西亞（升139.4%）、越南（升56.0%）和中國內地（內地）（升9.8%）。',
    m: ['139.4% = 139.4 % up', '56.0% = 56 % up', '9.8% = 9.8 % up'],
    s: ['整體出口貨值', '整體出口貨值', '整體出口貨值'],
  },
  { in: '另一方面，來自美國（跌10.4%）的進口貨值則錄得跌幅。', m: ['10.4% = 10.4 % down'], s: ['進口貨值'] },
  // the yuan's name after 元 is in the span; the month a level stood in is no part of the subject
  {
    in: '跨境貿易結算的人民幣匯款總額於十月份為12,180億元人民幣,而九月份為12,672億元人民幣。',
    m: ['12,180億元人民幣 = 1218000000000 元', '12,672億元人民幣 = 1267200000000 元'],
    s: ['跨境貿易結算的人民幣匯款總額', '跨境貿易結算的人民幣匯款總額'],
  },
  // a from-to clause after a clause that names the move measures its topic; 減至 is no counted noun
  {
    in: '失業人數則由15.56萬人減至14.96萬人；就業不足人數則微升，由6萬人增至6萬800人。',
    m: ['15.56萬人 = 155600 人', '14.96萬人 = 149600 人', '6萬人 = 60000 人', '6萬800人 = 60800 人'],
    s: ['失業人數', '失業人數', '就業不足人數', '就業不足人數'],
  },
  // a bracketed note between a measure and its verb breaks no clause; a bracket of figures keeps its own clauses
  {
    in: '執行結果,執行數(含應付未付數及賸餘數,不含未執行之賸餘,以下同)僅介於427萬元至5,015萬6千元。',
    m: ['427萬元 = 4270000 元', '5,015萬6千元 = 50156000 元'],
    s: ['執行數', '執行數'],
  },
  {
    in: '包括2月球星美斯缺陣表演賽(1,476宗,涉及金額逾1千萬元)。',
    m: ['1,476宗 = 1476 宗', '逾1千萬元 = 10000000 元 ~over'],
    s: ['!涉及金額', '涉及金額'],
  },
  // a share opening on 占 takes the topic before the year it is told for
  {
    in: '又社會福利支出於102年度占總預算歲出之比率已達22.96%。',
    m: ['22.96% = 22.96 %'],
    s: ['社會福利支出占總預算歲出之比率'],
  },
  // places listed with their figures in brackets share the noun the list's last place is written with
  {
    in: '中國內地( 9,788,159人次 )、韓國( 323,624人次 )及台灣地區旅客( 353,682人次 )分別上升。',
    m: ['9,788,159人次 = 9788159 人次', '323,624人次 = 323624 人次', '353,682人次 = 353682 人次'],
    s: ['旅客', '旅客', '台灣地區旅客'],
  },
  {
    in: '大韓民國(30,616人次)及泰國 (27,173人次) 旅客亦分別增加8.9%及20.0%。',
    m: ['30,616人次 = 30616 人次', '27,173人次 = 27173 人次', '8.9% = 8.9 % up', '20.0% = 20 % up'],
    s: ['旅客', '旅客', '旅客', '旅客'],
  },
  { in: '韓國及泰國旅客亦分別增加。', m: [] },
  // a figure in brackets after a count, not after a place, keeps its reading (居次 is a rank, not a shared noun)
  {
    in: '士林區增加9.1萬人次(10.7%)居次。',
    m: ['9.1萬人次 = 91000 人次 up', '10.7% = 10.7 % up'],
    s: ['!居次', '!居次'],
  },
  // the body that forecasts or decides, and the period a from-to starts at, are no part of what is measured
  {
    in: '行政院主計處預測下半年CPI年增率將由上半年之0.99%升至1.93%。',
    m: ['0.99% = 0.99 % up', '1.93% = 1.93 % up'],
    s: ['CPI年增率', 'CPI年增率'],
  },
  {
    in: '本行理事會決議本行重貼現率調升0.125個百分點。',
    m: ['0.125個百分點 = 0.125 百分点 up'],
    s: ['重貼現率'],
  },
  { in: '本行理事會決議維持利率不變。', m: [] },
  { in: '空調使用量已由上年之水準回落。', m: [] },
  // items listed with their figures in brackets, then 分別 and their moves in order; a place's move measures its noun
  {
    in: '留宿旅客( 6,359,311人次 )及不過夜旅客( 7,432,634人次 )分別上升8.3%及31.9%。',
    m: ['6,359,311人次 = 6359311 人次', '7,432,634人次 = 7432634 人次', '8.3% = 8.3 % up', '31.9% = 31.9 % up'],
    s: ['留宿旅客', '不過夜旅客', '留宿旅客', '不過夜旅客'],
  },
  {
    in: '中國內地( 9,788,159人次 )及台灣地區旅客( 353,682人次 )分別上升21.0%及1.7%。',
    m: ['9,788,159人次 = 9788159 人次', '353,682人次 = 353682 人次', '21.0% = 21 % up', '1.7% = 1.7 % up'],
    s: ['旅客', '台灣地區旅客', '旅客', '台灣地區旅客'],
  },
  { in: '留宿旅客及不過夜旅客均有所上升。', m: [] },
  // the basis a rate is counted against and the verb showing a move's sign are no part of what moved
  {
    in: '與上年同季比較之經濟成長率,本年第一季呈負成長10.24%。',
    m: ['10.24% = 10.24 % down'],
    s: ['經濟成長率'],
  },
  { in: '與上年同季比較,情況相若。', m: [] },
  // a bare move closing a clause group that opens with an item and its cause measures the item (not 主因); 致 opening
  // the result is no part of it; a ranked list opened with 則是; the top of a ranking is no count
  {
    in: '家用器具及用品批發業因下游零售通路促銷活動,帶動家電商品出貨成長,年增13.2%;藥品及化粧品批發業因防疫商品需求增加,年增8.6%。',
    m: ['13.2% = 13.2 % up', '8.6% = 8.6 % up'],
    s: ['家用器具及用品批發業', '藥品及化粧品批發業'],
  },
  { in: '主因需求續溫,致機械器具批發業年增3.9%。', m: ['3.9% = 3.9 % up'], s: ['機械器具批發業'] },
  { in: '主因伺服器需求活絡,年增4.4%。', m: ['4.4% = 4.4 % up'], s: ['!伺服器'] },
  {
    in: '行人死亡最多前五名則是桃園市17人、臺中市16人。',
    m: ['17人 = 17 人', '16人 = 16 人'],
    s: ['行人死亡', '行人死亡'],
  },
  { in: '排名居全國前5位。', m: [] },
  // a count in brackets that names its own noun; the set a share is of, before 當中; a counting method in brackets is no
  // part of a name
  { in: '位於擴展市區的麗瑤邨(819個單位)的入伙日期延至第四季。', m: ['819個 = 819 個'], s: ['單位'] },
  {
    in: '向警方舉報受害事件的受訪者當中,89%認為警方態度良好。',
    m: ['89% = 89 %'],
    s: ['向警方舉報受害事件的受訪者'],
  },
  {
    in: '整體罪案率(以每十萬名人口計算的罪案比率)亦下跌1.3%至1 167宗。',
    m: ['1.3% = 1.3 % down', '1 167宗 = 1167 宗'],
    s: ['整體罪案率', '整體罪案率'],
  },
  // a listed company reporting, with its stock code and the day: what it reports follows the verb
  {
    in: '晶片大廠聯發科（2454）於8日公布7月業績432.2億元，月減23.4％。',
    m: ['432.2億元 = 43220000000 元', '23.4％ = 23.4 % down'],
    s: ['業績', '業績'],
  },
  // the first time past a milestone, a run of months above one: adverbs of the verb, not of the measure
  {
    in: '鴻海累計前11月營收首度突破7兆元大關。去年12月出口已連續第三個月站上600億美元水準。',
    m: ['7兆元 = 7000000000000 元 ~over', '600億美元 = 60000000000 美元 ~over'],
    s: ['鴻海累計前11月營收', '出口'],
  },
  // a bullet glyph opens a list item: the heading before it is no part of the subject; a name's middle dot is none
  {
    in: '第三章 委員會 主要工作 • 委員會審議並批准50項財務建議。',
    m: ['50項 = 50 項'],
    s: ['!第三章委員會主要工作•委員會審議並批准財務建議'],
  },
  // Taiwan's yearly rate of decline (年減幅) after a list shared out by 分別: its 年 is no part of the last item
  {
    in: '土增稅、契稅和地價稅年減幅分別為23.5%、17.1%、26.8%。',
    m: ['23.5% = 23.5 % down', '17.1% = 17.1 % down', '26.8% = 26.8 % down'],
    s: ['土增稅', '契稅', '地價稅'],
  },
  // the basis with 的 before its level in brackets (仍較去年同月的): no part of the measure
  {
    in: '11月營收仍較去年同月的（2,760億元）成長兩成。',
    m: ['2,760億元 = 276000000000 元', '兩成 = 20 % up'],
    s: ['營收', '營收'],
  },
  // a bare tally (，共有…) counts what the clause before names; not a clause that only says when
  {
    in: '以調解方式處理的個案，共二百三十七宗；以及涉及公開資料的投訴個案，共有九十一宗。',
    m: ['二百三十七宗 = 237 宗', '九十一宗 = 91 宗'],
    s: ['以調解方式處理的個案', '涉及公開資料的投訴個案'],
  },
  { in: '去年全年，共有237宗。', m: ['237宗 = 237 宗'], s: ['!去年全年'] },
  // 當中 (among them) points back to the set; no part of what is counted
  {
    in: '公署共接獲四千八百二十六宗投訴，並已處理當中四千七百七十宗投訴。',
    m: ['四千八百二十六宗 = 4826 宗', '四千七百七十宗 = 4770 宗'],
    s: ['投訴', '處理投訴'],
  },
  // a concession's holder and its 雖 open the clause, not the measure
  {
    in: '截至11月底，避險工具雖產生損益3737億元，但換匯成本高達2736億元。',
    m: ['3737億元 = 373700000000 元', '2736億元 = 273600000000 元'],
    s: ['產生損益', '換匯成本'],
  },
  // a sentence of only a period and its move closes its paragraph: what the paragraph's first figure measures
  {
    in: '1.批發業:6月批發業營業額8,714億元,年增2.3%,主因電子零組件國外需求活絡所致。上半年年增4.4%。',
    m: ['8,714億元 = 871400000000 元', '2.3% = 2.3 % up', '4.4% = 4.4 % up'],
    s: ['批發業營業額', '批發業營業額', '批發業營業額'],
  },
  // must not match a period-move sentence: one that names its own measure
  {
    in: '1.批發業:6月批發業營業額8,714億元。上半年出口年增4.4%。',
    m: ['8,714億元 = 871400000000 元', '4.4% = 4.4 % up'],
    s: ['批發業營業額', '出口'],
  },
  // the head a payment is counted per (每人) after what is paid is no part of it
  {
    in: '因災致死或失蹤，衛福部發給慰問金每人20萬元。',
    m: ['20萬元 = 200000 元'],
    s: ['衛福部發給慰問金'],
  },
  // a move to a level and the date it was reached by name no measure: the figure before lends its
  {
    in: '考試平均輪候日數已由2022年超過300日，顯著回落至2024年12月底約190日。',
    m: ['超過300日 = 300 日 ~over', '約190日 = 190 日 ~about'],
    s: ['考試平均輪候日數', '考試平均輪候日數'],
  },
  {
    in: '董事會建議派發末期股息每股4.00港仙(二零二三年:3.00港仙)。',
    m: ['4.00港仙 = 4 港仙', '3.00港仙 = 3 港仙'],
    s: ['末期股息', '末期股息'],
  },
  {
    in: '集團截止2023年12月31日止年度的股東應佔盈利為港幣4.017億元(2022年重列︰港幣5.490億元)。',
    m: ['4.017億元 = 401700000 港元', '5.490億元 = 549000000 港元'],
    s: ['股東應佔盈利', '股東應佔盈利'],
  },
  {
    in: '本集團截至二零二四年六月三十日止年度錄得之綜合盈利為171,004,000港元。',
    m: ['171,004,000港元 = 171004000 港元'],
    s: ['綜合盈利'],
  },
  {
    in: '招商投資額逾2939億元，創造約6.3萬個就業機會。',
    m: ['逾2939億元 = 293900000000 元 ~over', '約6.3萬個 = 63000 個 ~about'],
    s: ['招商投資額', '創造就業機會'],
  },
  // a flattened list's full stop before each item ends the heading or item before it
  {
    in: '業績及營運概要.收入上升9%至3,627,126,000港元。.毛利上升27%至845,569,000港元。',
    m: ['9% = 9 % up', '3,627,126,000港元 = 3627126000 港元', '27% = 27 % up', '845,569,000港元 = 845569000 港元'],
    s: ['收入', '收入', '毛利', '毛利'],
  },
  // items that name their measure in full share no head
  {
    in: '集團之收入及豁除投資物業公平值未變現收益淨額之基礎淨溢利分別為3,942.3百萬港元及868.6百萬港元。',
    m: ['3,942.3百萬港元 = 3942300000 港元', '868.6百萬港元 = 868600000 港元'],
    s: ['集團之收入', '豁除投資物業公平值未變現收益淨額之基礎淨溢利'],
  },
  { in: '臺北市在外籍人士宜居城市調查中獲得96%滿意度，並持續居全國首位。', m: ['96% = 96 %'], s: ['滿意度'] },
  // 分別 after figures whose clause names no list: the items an earlier clause of the sentence lists
  {
    in: '惟百貨公司、布疋及服飾品零售業因疫情擴散，門市來客數減少，分別年減13.1%、1.7%。',
    m: ['13.1% = 13.1 % down', '1.7% = 1.7 % down'],
    s: ['百貨公司', '布疋及服飾品零售業'],
  },
  {
    in: '整體罪案數字下降主要是因為行劫及爆竊案有明顯跌幅所致（與二零零六年比較，分別下跌22.7%和15.1%）。',
    m: ['22.7% = 22.7 % down', '15.1% = 15.1 % down'],
    s: ['行劫', '爆竊案'],
  },
  // a subject keeps the full-width letters the report writes
  {
    in: '去年第四季實質ＧＤＰ成長百分之七點九一。',
    m: ['百分之七點九一 = 7.91 % up'],
    s: ['實質ＧＤＰ'],
  },
  // output named after the amount; the noun ends before a joined verb and the next figure
  {
    in: '吸引146億元投資額,創造177億元產值及增加4,517個就業機會。',
    m: ['146億元 = 14600000000 元', '177億元 = 17700000000 元', '4,517個 = 4517 個 up'],
    s: ['吸引投資額', '創造產值', '就業機會'],
  },
  // who and a year in Chinese numerals open the phrase, not what it measures
  { in: '海關於二〇二四年的執法案件有31 242宗。', m: ['31 242宗 = 31242 宗'], s: ['執法案件'] },
  // figures after 分別 whose own clause names nothing take the items an earlier clause lists
  {
    in: '受惠於新興科技應用，電子產品與資訊通信產品接單成長明顯，9月分別達277.3億及234.3億美元。',
    m: ['277.3億 = 27730000000 美元', '234.3億美元 = 23430000000 美元'],
    s: ['電子產品', '資訊通信產品接單'],
  },
  // 分別 over items that move different ways, each move restated in brackets: every figure takes its item
  {
    in: '其中每戶家庭消費支出110.9萬元、每戶家庭儲蓄31.4萬元,分別較108年減4.3萬元(-3.7%)及增加4.4萬元(16.4%)。',
    m: [
      '110.9萬元 = 1109000 元',
      '31.4萬元 = 314000 元',
      '4.3萬元 = 43000 元 down',
      '-3.7% = -3.7 % down',
      '4.4萬元 = 44000 元 up',
      '16.4% = 16.4 % up',
    ],
    s: ['家庭消費支出', '家庭儲蓄', '家庭消費支出', '家庭消費支出', '家庭儲蓄', '家庭儲蓄'],
  },
  // 對上一周 is the week before, no week counted; the comparison is cut from what moved
  { in: '兩項數字都較對上一周升六成或以上。', m: ['六成或以上 = 60 % ~over up'], s: ['!對上'] },
  // must not match: the week before in simplified script; a week counted stays a metric
  { in: '上一周共录得个案。', m: [] },
  { in: '工期缩短一周。', m: ['一周 = 1 周 down'] },
  // a move to a multiple after 再: up, and 再翻 is no part of the measure
  { in: '翌年數量再翻2倍,至361頭。', m: ['2倍 = 2 倍 up', '361頭 = 361 頭'], s: ['數量', '數量'] },
  {
    in: '一般公共預算收入預算數為100億元，執行數為98億元，完成預算的98%。',
    m: ['100億元 = 10000000000 元', '98億元 = 9800000000 元', '98% = 98 %'],
    s: ['一般公共預算收入預算數', '一般公共預算收入執行數', '一般公共預算收入執行數'],
  },
  // a basis the comparison names before 的 is what the basis level measures
  {
    in: '今年上半年臺中市失業率4%,不僅蟬聯五都最低,也低於全國平均值的4.7%。',
    m: ['4% = 4 %', '4.7% = 4.7 %'],
    s: ['臺中市失業率', '全國平均值'],
  },
  // the corresponding rate of another year is the measure before; the people cases involve are counted for the cases;
  // the agent before 共錄得 and 合計捕獲 is no part of what is counted
  {
    in: '二○一九年本港吸煙人士的比率為10.2%,而二○一七年的相關比率為10.0%。',
    m: ['10.2% = 10.2 %', '10.0% = 10 %'],
    s: ['吸煙人士的比率', '吸煙人士的比率'],
  },
  {
    in: '在第41周，共錄得88宗學校或院舍爆發個案，涉及600人。',
    m: ['88宗 = 88 宗', '600人 = 600 人'],
    s: ['學校或院舍爆發個案', '學校或院舍爆發個案'],
  },
  // what is recorded before 共錄得 is the measure, no agent
  {
    in: '「侵犯人身罪」共錄得1,809宗,同比下降1.3%。',
    m: ['1,809宗 = 1809 宗', '1.3% = 1.3 % down'],
    s: ['!錄得', '!錄得'],
  },
  // a list's moves each restated in brackets: every bracket takes its item
  {
    in: '其中「搶劫」及「勒索」分別上升5.7% (+8宗)及83.3% (+25宗)。',
    m: ['5.7% = 5.7 % up', '+8宗 = 8 宗 up', '83.3% = 83.3 % up', '+25宗 = 25 宗 up'],
    s: ['!勒索', '!勒索', '「勒索」', '「勒索」'],
  },
  { in: '署方合計捕獲1913頭野豬。', m: ['1913頭 = 1913 頭'], s: ['捕獲野豬'] },
  { in: '臺中市政府主計處在100年底動員1,309人。', m: ['1,309人 = 1309 人'], s: ['動員'] },
  // a sentence that opens by ranking a place takes the measure of the sentence before; 居第3 is a rank
  {
    in: '去年買賣登記共30萬棟。以新北市6萬35棟最多,台中市4萬3438棟次之,桃園市4萬384棟居第3。',
    m: ['30萬棟 = 300000 棟', '6萬35棟 = 60035 棟', '4萬3438棟 = 43438 棟', '4萬384棟 = 40384 棟'],
    s: ['買賣登記', '買賣登記', '買賣登記', '買賣登記'],
  },
  // must not match: a count held by a place with no rank in a new sentence keeps the place
  {
    in: '去年買賣登記共30萬棟。新北市有6萬35棟。',
    m: ['30萬棟 = 300000 棟', '6萬35棟 = 60035 棟'],
    s: ['買賣登記', '!買賣登記'],
  },
  // must not match: a ranking with no figure
  { in: '以新北市最多,台中市次之,桃園市居第三。', m: [] },
  // the clause before a bare move names what moved, without its period and basis (上升, 有所增加 are predicates)
  {
    in: '電腦犯罪由去年10月至今年上半年期間大幅上升,今年首9個月共同比上升279.6%。',
    m: ['279.6% = 279.6 % up'],
    s: ['電腦犯罪'],
  },
  { in: '2021年1月至9月暴力罪案比去年同期有所增加,上升近兩成。', m: ['近兩成 = 20 % ~about up'], s: ['暴力罪案'] },
  { in: '來自中國大陸旅客上升顯著,增幅達48.3%。', m: ['48.3% = 48.3 % up'], s: ['來自中國大陸旅客'] },
  // must not match: the same clauses with no figure of their own
  { in: '電腦犯罪由去年10月至今年上半年期間大幅上升。', m: [] },
  // how often something happens measures the happening; the one that happens is no figure, and later moves of the count
  // take the count's measure
  {
    in: '人口死亡數為1萬4771人，平均約每2.9分鐘1人死亡，折合年粗死亡率為7.71‰，較上年同月減少861人。',
    m: ['1萬4771人 = 14771 人', '2.9分鐘 = 2.9 分鐘 ~about', '7.71‰ = 7.71 ‰', '861人 = 861 人 down'],
    s: ['人口死亡數', '1人死亡', '年粗死亡率', '人口死亡數'],
  },
  {
    in: '人口死亡數為1萬4771人，平均約每2.9分鐘1人死亡，較上年同月減少861人。',
    m: ['1萬4771人 = 14771 人', '2.9分鐘 = 2.9 分鐘 ~about', '861人 = 861 人 down'],
    s: ['人口死亡數', '1人死亡', '人口死亡數'],
    gap: "a bare move after an interval takes the interval's subject, not that of the figure before in its own unit",
  },
  // must not match: the one alone, with no interval before it
  { in: '平均每分鐘有人死亡。', m: [] },
  // the items a 以…為主 list ranks are what its shares are of
  {
    in: '當中經關閘入境的旅客以中國大陸、香港及中國台灣旅客為主,分別佔79.6%、14.2%及3.1%。',
    m: ['79.6% = 79.6 %', '14.2% = 14.2 %', '3.1% = 3.1 %'],
    s: ['中國大陸', '香港', '中國台灣旅客'],
  },
  { in: '當中經關閘入境的旅客以中國大陸、香港及中國台灣旅客為主。', m: [] },
];
