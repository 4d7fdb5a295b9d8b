// The unit a bare figure of a list takes from the list's last figure (GUIDE, held-out convention 2:
// 分别达1409万、1305万人次 → 1409万 is 人次): 分别拉动经济增长0.6、2.0、3.4个百分点, 分别为120、150亿元.
import type { NumberToken } from '../numbers/numbers';
import { matchChineseUnit, type UnitMatch } from '../numbers/units';
import {
  ZH_BARE_DIGITS,
  ZH_BARE_LIST_AFTER,
  ZH_NAMED_LIST_AFTER,
  ZH_NAMED_ITEM_BEFORE,
  ZH_LIST_SCALES,
  ZH_SCALE_END,
  ZH_SCALED_RANGE_HIGH_END_AFTER,
  ZH_MOVEMENT_START_BEFORE,
  ZH_MOVEMENT_END_AFTER,
} from '../rules/zh/lists';

/** Tenths (七成 is 70%). */
const ZH_TENTHS = '成';

/** How far after a bare figure the rest of its list is read (bounded: a long line stays linear). */
const LIST_LOOK_AHEAD = 120;

/**
 * The unit of the last figure of the list a bare Chinese figure starts or continues, as a unit of
 * length 0 (the span stays the figure), with the last figure's scale word when the bare one has
 * none; null when no list or no unit follows.
 */
export function unitSharedByList(
  text: string,
  token: NumberToken,
  lang: 'zh' | 'en',
): (UnitMatch & { length: number }) | null {
  if (lang !== 'zh' || token.script !== 'arabic' || token.percent) return null;
  const after = text.slice(token.end, token.end + LIST_LOOK_AHEAD);
  const rest =
    ZH_BARE_LIST_AFTER.exec(after) ??
    (ZH_BARE_DIGITS.test(token.text) &&
    ZH_NAMED_ITEM_BEFORE.test(text.slice(Math.max(0, token.start - 12), token.start))
      ? ZH_NAMED_LIST_AFTER.exec(after)
      : null);
  if (!rest) return null;
  const unitAt = token.end + rest[0].length;
  // 約7、8成: tenths written once after the last figure are a percentage of each.
  const unit: UnitMatch | null =
    text[unitAt] === '%'
      ? { text: '%', unit: '%', kind: 'percent', scale: 1 }
      : text[unitAt] === ZH_TENTHS && !rest[1]
        ? { text: ZH_TENTHS, unit: '%', kind: 'percent', scale: 10 }
        : matchChineseUnit(text, unitAt);
  if (!unit) return null;
  const sharedScale = rest[1] && ZH_BARE_DIGITS.test(token.text) ? ZH_LIST_SCALES[rest[1]] : 1;
  return { ...unit, text: '', scale: unit.scale * sharedScale, length: 0 };
}

/**
 * 出口610亿至632亿美元: the low end of a range that writes its own scale word takes the unit written after the high end,
 * as a unit of length 0; null when no such range follows.
 */
export function unitOfScaledRange(text: string, token: NumberToken): (UnitMatch & { length: number }) | null {
  if (token.percent || !ZH_SCALE_END.test(token.text)) return null;
  const rest = ZH_SCALED_RANGE_HIGH_END_AFTER.exec(text.slice(token.end, token.end + LIST_LOOK_AHEAD));
  if (!rest) return null;
  const unit = matchChineseUnit(text, token.end + rest[0].length);
  return unit ? { ...unit, text: '', length: 0 } : null;
}

/**
 * 由23,100增至26,600人: the bare start of a movement takes the unit written after its end, when both are written alike
 * (both with a scale word or neither), as a unit of length 0; null otherwise.
 */
export function unitOfMovementStart(text: string, token: NumberToken): (UnitMatch & { length: number }) | null {
  if (token.percent || token.script !== 'arabic') return null;
  if (!ZH_MOVEMENT_START_BEFORE.test(text.slice(Math.max(0, token.start - 3), token.start))) return null;
  const end = ZH_MOVEMENT_END_AFTER.exec(text.slice(token.end, token.end + LIST_LOOK_AHEAD));
  if (!end || !!end[1] !== ZH_SCALE_END.test(token.text)) return null;
  const unit = matchChineseUnit(text, token.end + end[0].length);
  return unit && unit.kind !== 'percent' ? { ...unit, text: '', length: 0 } : null;
}
