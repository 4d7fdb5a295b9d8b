// What an English subject read for a figure may still be that names nothing measured: a span of time or a money unit
// alone ("14p a day which is only £52"), a relative pronoun or a pointer to a set ("Amongst them") alone, a fronted
// set or a heading in capitals before the subject, or a bullet's opening participle before a count that names its own
// noun.
import {
  EN_NOT_A_SUBJECT_WORD,
  EN_PARTICIPLE_ONLY_SUBJECT,
  EN_RELATIVE_PRONOUN_ONLY_SUBJECT,
  EN_PARTITIVE_POINTER_ONLY,
  EN_FRONTED_SET_LEAD,
  EN_CAPITALS_HEADING_LEAD,
  EN_RELATIVE_VERB_TAIL,
  EN_MADE_BY_TAIL,
  EN_PRONOUN_RELATIVE_TAIL,
  EN_RANKED_MOVES_IN_SUBJECT,
} from '../rules/en/subjects';

/**
 * The subject without those readings: null for a word that names nothing, the count's own noun (`text` from the
 * figure's end to its span's end) for a lone participle ("• Undertaken 10,978 business inspections").
 */
export function tidiedEnSubject(
  subject: string | null,
  text: string,
  figureEnd: number,
  spanEnd: number,
  counted: boolean,
): string | null {
  if (!subject || EN_NOT_A_SUBJECT_WORD.test(subject.trim()) || EN_PARTITIVE_POINTER_ONLY.test(subject.trim()))
    return null;
  subject = subject.replace(EN_FRONTED_SET_LEAD, '').replace(EN_CAPITALS_HEADING_LEAD, '');
  subject = EN_RELATIVE_VERB_TAIL.exec(subject)?.[1] ?? subject;
  subject = EN_MADE_BY_TAIL.exec(subject)?.[1] ?? subject;
  subject = EN_PRONOUN_RELATIVE_TAIL.exec(subject)?.[1] ?? subject;
  subject = EN_RANKED_MOVES_IN_SUBJECT.exec(subject)?.[1] ?? subject;
  if (counted && EN_PARTICIPLE_ONLY_SUBJECT.test(subject)) return text.slice(figureEnd, spanEnd).trim() || subject;
  // "the more than 200,000 people who had sought safety": the count's own noun, or nothing.
  if (EN_RELATIVE_PRONOUN_ONLY_SUBJECT.test(subject.trim()))
    return counted ? text.slice(figureEnd, spanEnd).trim() || null : null;
  return subject;
}
