// "6,695 additional dwellings from former offices, 564 from agricultural buildings, 99 from storage buildings": a list
// whose first item writes its counted noun, the later items only a figure and the same preposition. The unit reader
// (metrics/lang/en.ts) and the subject (metrics/subject.ts) both ask whether a figure is such a later item.
import {
  EN_ELLIPTICAL_LIST_FIRST_BEFORE,
  EN_ELLIPTICAL_LIST_ITEM_AFTER,
  EN_ELLIPTICAL_LIST_REACH,
} from '../rules/en/unitless';

/**
 * Whether the figure at `numberStart`, followed by `after`, is a later item of an elliptical list whose first item
 * stands after `floor`: the same preposition follows it as followed the first item's noun.
 */
export function isEllipticalListItem(text: string, numberStart: number, after: string, floor: number): boolean {
  const item = EN_ELLIPTICAL_LIST_ITEM_AFTER.exec(after);
  if (!item) return false;
  const first = EN_ELLIPTICAL_LIST_FIRST_BEFORE.exec(
    text.slice(Math.max(floor, numberStart - EN_ELLIPTICAL_LIST_REACH), numberStart),
  );
  return !!first && first[1].toLowerCase() === item[1].toLowerCase();
}
