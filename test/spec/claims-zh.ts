// Spec cases for Chinese claims with no figure (a named incident, a meeting's named outcome) and
// a comparison with expectation, which is not a forecast.
import type { SpecCase } from './types';

export const ZH_CLAIMS: SpecCase[] = [
  {
    in: '国庆假期接待游客1200万人次，实现旅游收入98亿元，均远超预期。',
    m: ['1200万人次 = 12000000 人次', '98亿元 = 9800000000 元'],
    claim: true,
  },
  { in: 'COP15会议收获“昆明宣言”等重大成果。', m: [], claim: true },
  { in: '科学有效处置漾濞6.4级地震、江川“4·11”森林火灾等灾害。', m: [], claim: true },
  { in: '有效应对各类自然灾害，及时转移受灾群众。', m: [], claim: false },
  { in: '论坛期间各方深入交流，凝聚广泛共识。', m: [], claim: false },
  { in: '预计全年地区生产总值增长5%左右。', m: ['5%左右 = 5 % ~about up'], claim: false },
];
