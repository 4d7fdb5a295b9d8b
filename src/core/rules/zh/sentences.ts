// Sentence rules of Chinese reports as data: the characters that tell a heading from prose.

/** Chinese characters (counted: a Chinese heading is short). */
export const ZH_CHARACTERS = /[\u3400-\u9fff]/g;
