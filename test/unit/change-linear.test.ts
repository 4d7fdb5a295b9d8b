// The change rules read bounded look-backs: 1 MB single lines built from the phrases they match
// (differences, drags, bare lists, signed figures, "below its level by") stay linear in length.
import { test } from 'node:test';
import { assertLinearInLineLength } from '../support/linear';

test('change rules are linear in line length: 1 MB single lines of the phrases they match', () => {
  const cases: Array<[string, string, 'zh' | 'en']> = [
    ['differences with no punctuation', '增速高于全国（3.8%）33.3个百分点比上年低0.3个百分点', 'zh'],
    [
      'drags and bare lists with no punctuation',
      '分别下拉投资增长2.6、1.1、0.5、0.7个百分点拖累经济增长0.5个百分点',
      'zh',
    ],
    ['a run of compared things', '高于全国、全省、全州、全市、全县、', 'zh'],
    [
      'signed figures and level differences on one line',
      'employment is below its February 2020 level by 368,000 or 2.2 percent (+26,000) from +504,000 to +472,000 ',
      'en',
    ],
    ['a run of words before "by"', 'above its level and its trend and its pace ', 'en'],
    // The gap between bracketed figures of a list of names: capitals without spaces tried every split before.
    [
      'bracketed figures between runs of capitals',
      'Increases were recorded in ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH (1.0%), QRSTUVWXYZABCDEFGHIJKLMNOPQRSTU (0.9%) ',
      'en',
    ],
    [
      'signed pairs in brackets and semicolons',
      'a decrease in Ontario (-20,800; -0.3%), Quebec (+27,200; +0.8%) (or -18.5 percent) ',
      'en',
    ],
    ['Taiwan amounts and signed shares', '較110年增1.7%,4兆8,530億元、(+11.08%)逗留2.2日,', 'zh'],
  ];
  for (const [label, piece, lang] of cases)
    assertLinearInLineLength(
      label,
      piece,
      { segmenter: null, lang },
      {
        metrics: (r) => r.metrics.length,
        changes: (r) => r.metrics.filter((m) => m.change).length,
      },
    );
});
