// Checks "parts" and "shares": breakdowns against their whole, shares and ratio terms against 100.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureTexts, findingsOf } from '../support/checks';

// Real sentences from the Fuzhou 2025 statistical communiqué (corpus-dev/05).
const INSURANCE =
  '全年保险公司保费收入521.38亿元，其中，财产险保费收入108.04亿元，人身险保费收入413.34亿元。全年赔付支出168.93亿元，其中，财产险69.73亿元，人身险99.20亿元。';

test('其中 breakdowns that sum to the whole are consistent, shown in the written scale', async () => {
  const found = await findingsOf(INSURANCE, 'parts');
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.status === 'consistent'));
  assert.equal(found[0].arithmetic, '108.04亿元 + 413.34亿元 = 521.38亿元');
  assert.deepEqual(
    found[0].figures.map((f) => [f.role, f.text]),
    [
      ['whole', '521.38亿元'],
      ['part', '108.04亿元'],
      ['part', '413.34亿元'],
    ],
  );
});

test('a part altered so the breakdown exceeds the whole is flagged', async () => {
  const altered = INSURANCE.replace('413.34', '423.34');
  const [f] = (await findingsOf(altered, 'parts')).filter((x) => x.status === 'inconsistent');
  assert.ok(f);
  assert.match(
    f.message,
    /= 531\.38亿元; the report says the whole \(a complete breakdown\) 521\.38亿元: inconsistent/u,
  );
});

test('a partial 其中 breakdown (less than the whole) is not an error', async () => {
  const found = await findingsOf('破获刑事案件900起，其中命案10起、抢劫案20起。', 'parts');
  assert.equal(found.length, 0);
});

test('共…分别为 lists must sum to the total', async () => {
  const ok = await findingsOf('全年共建成警务工作站12个，分别为城区5个、郊区4个、园区3个。', 'parts');
  assert.equal(ok[0]?.status, 'consistent');
  const off = await findingsOf('全年共建成警务工作站12个，分别为城区5个、郊区4个、园区2个。', 'parts');
  assert.equal(off[0]?.status, 'inconsistent');
  assert.deepEqual(figureTexts(off[0]).whole, '12个');
});

test('三次产业结构 ratio terms sum to 100 (Fuzhou, Guangdong as published)', async () => {
  const fuzhou = await findingsOf('第三产业增加值9477.8亿元，增长5.4%。三次产业结构1.2：36.6：62.2。', 'shares');
  assert.equal(fuzhou[0].status, 'consistent');
  const guangdong = await findingsOf('三次产业比重为4.0∶37.7∶58.3，第一产业增加值提升至全国第二。', 'shares');
  assert.equal(guangdong[0].status, 'consistent');
  const off = await findingsOf('三次产业结构1.2：39.6：62.2。', 'shares');
  assert.equal(off[0].status, 'inconsistent');
  assert.equal(off[0].arithmetic, '1.2 + 39.6 + 62.2 = 103');
});

test('shares 分别占 one whole cannot exceed 100 %', async () => {
  const off = await findingsOf('城镇和农村人口分别占常住人口的81.5%和28.5%。', 'shares');
  assert.equal(off[0]?.status, 'inconsistent');
});

test('must not flag: 比重分别为 over different wholes; overlapping categories (Zhejiang, Guangdong 2026)', async () => {
  const zhejiang =
    '专项产业基金、新增能耗、新增工业用地支持民间投资项目比重分别为99.3%、93.8%、84.6%，民间项目投资增长4.6%。';
  assert.equal((await findingsOf(zhejiang)).length, 0);
  const guangdong =
    '先进制造业、高技术制造业增加值占规模以上工业增加值比重分别达56.2%、34.7%，现代服务业增加值占服务业增加值比重达64.9%。';
  assert.equal((await findingsOf(guangdong)).length, 0);
  assert.equal((await findingsOf('按1:2:3的比例配置警力。', 'shares')).length, 0);
});

test('complete breakdowns (城镇/乡村, 财产险/人身险, 税收/非税) must sum to the whole, not merely stay below', async () => {
  // Zhengzhou 2025 communiqué, as published and with the urban figure lowered.
  const published = '年末全市常住人口1313.8万人，其中城镇常住人口1071.04万人，乡村常住人口242.76万人。';
  assert.equal((await findingsOf(published, 'parts'))[0].status, 'consistent');
  const lowered = await findingsOf(published.replace('1071.04', '1001.04'), 'parts');
  assert.equal(lowered[0].status, 'inconsistent');
  assert.match(lowered[0].message, /the whole \(a complete breakdown\) 1313\.8万人: inconsistent/u);
  const insurance = await findingsOf(INSURANCE.replace('99.20', '89.20'), 'parts');
  assert.deepEqual(
    insurance.map((f) => f.status),
    ['consistent', 'inconsistent'],
  );
});

test('an open 其中 list that exceeds its whole says so', async () => {
  const [f] = await findingsOf('收到群众来信1200件，其中表扬信300件、建议信500件、投诉信500件。', 'parts');
  assert.match(f.message, /= 1300件; the report says more than the whole 1200件: inconsistent/u);
});
