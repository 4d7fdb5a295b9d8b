// The shape of a spec-table case (test/spec/*.ts), read by test/unit/spec-tables.test.ts.

export interface SpecCase {
  /** One sentence (or line) of a report. */
  in: string;
  /**
   * Every metric the engine must find, in order: `span = value unit [~over|~under|~about] [up|down]`
   * (unit empty for a bare English figure). `[]` is a must-not-match case: no metric at all.
   */
  m: string[];
  /**
   * The subject of each metric, in the order of `m` (null: none); unchecked when absent. A subject
   * written `!text` must NOT be that text (a must-not-match subject: a connector, a verb, a month).
   */
  s?: Array<string | null>;
  /** Whether the sentence is a claim; unchecked when absent. */
  claim?: boolean;
  /** A known gap, not yet handled: the case runs as a todo, so fixing it shows. */
  gap?: string;
}
