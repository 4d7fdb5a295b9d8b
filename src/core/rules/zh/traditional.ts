// Traditional → simplified characters, one to one, for the words the rules read (numerals,
// scale and measure words, change and approximation words, the genre's vocabulary). The
// engine matches its simplified rules on a folded copy of the text and reports subjects and
// units in the script the report was written in.

/** Pairs of characters: traditional, then simplified. */
const PAIRS =
  '聞闻説说許许諸诸奮奋撫抚谿溪賴赖贍赡恆恒娛娱遞递帳帐揀拣晉晋曉晓紅红賬账錢钱刪删驟骤銳锐鋭锐捨舍遜逊緑绿貼贴閉闭陽阳鹹咸撾挝緬缅' +
  '欄栏煙烟菸烟葉叶豬猪覈核訊讯詭诡萬万億亿兩两貳贰負负點点個个項项間间鐘钟時时頃顷畝亩噸吨圓圆幣币歲岁餘余幾几隻只條条處处臺台台台' +
  '業业經经會会濟济們们發发場场務务動动資资為为長长國国進进來来內内關关貿贸於于產产運运貨货機机過过' +
  '對对應应環环現现開开遊游與与勢势優优續续體体際际預预區区園园這这戰战實实脹胀將将興兴財财繼继總总' +
  '認认夠够圍围亞亚營营計计並并輸输設设備备帶带輪轮爭争劃划頭头穩稳緩缓後后協协統统門门東东議议維维' +
  '讓让樂乐數数響响質质價价當当稅税擴扩競竞專专碼码辦办郵邮見见費费壓压隨随員员廣广聯联討讨舉举撥拨' +
  '滿满礎础創创調调風风險险勞劳題题測测準准該该諮咨詢询眾众傳传構构佔占鞏巩銷销網网絡络樞枢紐纽約约' +
  '啟启監监屆届顧顾籃篮達达層层齊齐圖图歐欧輕轻節节雖虽較较減减別别溫温決决復复變变況况視视樓楼羅罗' +
  '緊紧極极規规適适檢检僱雇貢贡獻献組组訂订評评積积種种證证類类強强號号櫃柜橋桥車车繫系範范鄰邻賽赛' +
  '階阶擔担榮荣難难盡尽義义氣气趨趋轉转審审購购問问債债紛纷寬宽鬆松濫滥護护緣缘訪访須须態态識识擁拥' +
  '結结揮挥歷历製制靈灵潛潜羣群連连陸陆邊边團团請请級级離离註注冊册託托謹谨讀读報报齡龄訴诉禦御衝冲' +
  '擊击飯饭懷怀遠远僅仅躍跃飆飙幫帮屬属軟软從从蘇苏暫暂觀观狀状陰阴錯错綜综複复雜杂劇剧惡恶獨独鍵键' +
  '簡简單单談谈輔辅銳锐觸触覺觉終终標标給给紓纾龐庞領领潔洁軌轨選选擇择顯显槓杠桿杆紹绍學学責责權权' +
  '漢汉鏈链縮缩庫库則则勵励術术慮虑藉借納纳說说論论壇坛漸渐磚砖雙双無无奪夺獎奖樹树灣湾貸贷穎颖畫画籌筹' +
  '載载線线裝装廈厦矚瞩龍龙華华爾尔飲饮脈脉闊阔繳缴買买賣卖沒没細细採采沖冲擬拟蘭兰統统縣县鎮镇鄉乡' +
  '廳厅舊旧職职書书導导黨党執执紀纪軍军農农漁渔廠厂電电鐵铁燈灯熱热廢废棄弃綠绿蓋盖鋼钢礦矿銀银額额' +
  '贏赢虧亏損损獲获滅灭戶户僑侨遷迁麗丽豐丰貧贫殘残養养兒儿婦妇勁劲傷伤亂乱罰罚懲惩詐诈騙骗竊窃搶抢' +
  '賭赌槍枪彈弹禍祸災灾嚴严厲厉聽听還还據据係系驗验試试館馆療疗師师愛爱親亲塊块儲储滙汇匯汇貶贬漲涨' +
  '鑽钻壯壮貫贯徹彻衛卫轄辖綱纲歸归隊队陣阵訓训練练憲宪憑凭藝艺聲声裡里裏里釐厘醫医藥药勝胜禮礼升升' +
  '積积蓄蓄淨净險险與与億亿攤摊銷销庫库預预撥拨稟禀隻只鬥斗餐餐廳厅糧粮電电腦脑絲丝鋪铺舖铺價价薦荐徑径逕径釦扣氾泛汎泛麼么麽么' +
  // The other traditional forms (Hong Kong and Taiwan variants) of characters the rules read, from OpenCC's
  // character tables: test/unit/traditional-coverage.test.ts keeps this complete (scripts/traditional-pairs.mjs).
  '証证賸剩隱隐確确繕缮補补盃杯佈布併并侷局俬私偵侦傢家儀仪凈净剋克劉刘卽即厤历參参叄叁吳吴啓启噹当嚮向埰采堅坚墰坛壜坛壽寿夥伙奬奖媽妈寀采寫写峯峰峽峡崑昆崗岗嵗岁幷并張张彆别彔录懞蒙揚扬換换搗捣擡抬擣捣攬揽敎教斬斩斷断旂旗曆历' +
  '曏向枱台査查棊棋棟栋楊杨樣样檔档檯台檻槛毀毁潤润澇涝濃浓濛蒙烏乌煉炼燬毁爲为爺爷牀床産产畢毕盜盗盤盘盧卢眞真矇蒙稱称穫获窩窝筆笔箇个簽签籤签糰团絨绒綫线綴缀綵彩編编緻致績绩織织繞绕纍累纔才罈坛罎坛脫脱' +
  '臨临舘馆艙舱蔘参衆众衕同衞卫衹只記记診诊詞词誌志謝谢譭毁譽誉讚赞貝贝贊赞趕赶趙赵踰逾輛辆迴回週周遶绕邁迈針针鈡钟銅铜錄录録录錶表鍊炼鍼针鍾钟鎊镑鎖锁鎭镇閤合陞升陳陈鞦秋韆千韓韩順顺颱台髮发麪面麫面麵面' +
  '黃黄齣出脩修違违鮮鲜捲卷汙污謂谓顆颗' +
  // crime names of police, procuratorate and court reports (故意殺人, 尋釁滋事, 危險駕駛, 聚眾鬥毆, 毀壞)
  '壞坏尋寻殺杀毆殴釁衅駕驾駛驶慶庆癥症聖圣誕诞屢屡' +
  // debt repaid (償債)
  '償偿' +
  // street lamps (12萬盞路燈)
  '盞盏' +
  // complaints of sexual harassment (性騷擾投訴)
  '擾扰騷骚' +
  // temperatures (攝氏度); fish fry released (放流魚苗); ports (秦皇島港, 抵港)
  '攝摄魚鱼島岛牴抵' +
  // taxes levied beyond the budget (多徵了80%); words after 通 that make it no count of calls (通暢, 通緝, 通講, 通譯)
  '徵征暢畅緝缉講讲譯译賓宾馬马凍冻輩辈覽览' +
  // police work verbs after an agent and an adverb (共攔阻)
  '攔拦' +
  // 誘發 is no reason opener (誘因); 彙整, 摺 in the words of the rules
  '誘诱彙汇摺折' +
  // 囌, the old form of 苏 (江苏 in the rules' place lists)
  '囌苏' +
  // 訴訟 among the items a small count of 項 counts; 儘管 (a concession) before a subject
  '訟讼儘尽';

const TO_SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) if (PAIRS[i] !== PAIRS[i + 1]) TO_SIMPLIFIED.set(PAIRS[i], PAIRS[i + 1]);

export function simplifiedOf(ch: string): string | undefined {
  return TO_SIMPLIFIED.get(ch);
}
