// Spec table of subjects, traditional Chinese: the subject rules read the script fold, and the
// subjects come back as written. Read by spec-tables.test.ts.
import type { SpecCase } from './types';

export const ZH_HANT_SUBJECTS: SpecCase[] = [
  // a predicate-only phrase with no figure before: the clause before names the subject
  { in: '整體經濟一直以低於趨勢速度增長，全年只增長1.4%。', m: ['1.4% = 1.4 % up'], s: ['整體經濟'] },
  {
    in: '2012年首3季的薪金和工資，分別平均按年上升6.7%和5.9%。',
    m: ['6.7% = 6.7 % up', '5.9% = 5.9 % up'],
    s: ['首3季的薪金', '工資'],
  },
  { in: '整體經濟表現穩定，全年增長理想。', m: [] },
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
];
