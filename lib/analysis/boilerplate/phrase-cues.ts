import { FNV_OFFSET, fnvStep } from '../text/fnv';
import { CUE_LENGTH } from './opening-cues';

/**
 * Which phrase categories a line may hold, from the openings of their phrases (opening-cues.ts). Nearly
 * every phrase opens a word, so a line can hold one only where one of its words opens on one of the
 * phrase's cues. Asked at each word start in the pass that counts the line's words (units.ts), it
 * answers for all categories at once, and a category's large regex then runs only on the lines it lets
 * through: on a news page the print-edition phrases run on one line in twenty instead of on every line
 * (V8 tries each of a regex's alternatives at every position, which made the phrase regexes half the
 * stage's time).
 */
export class CueIndex {
  /** Categories (bits) by hashed cue; a collision only lets a line through. */
  private readonly table = new Int32Array(TABLE_SIZE);

  add(category: number, cues: readonly string[]): void {
    for (const cue of cues) {
      let h = FNV_OFFSET;
      for (let k = 0; k < cue.length; k++) h = fnvStep(h, cue.charCodeAt(k));
      this.table[h & TABLE_MASK] |= category;
    }
  }

  /** Bits of the categories one of whose cues opens `text` at `start` (a word's first character). */
  categoriesAt(text: string, start: number): number {
    let found = 0;
    let h = FNV_OFFSET;
    const end = Math.min(text.length, start + CUE_LENGTH);
    for (let i = start; i < end; i++) {
      h = fnvStep(h, text.charCodeAt(i));
      found |= this.table[h & TABLE_MASK];
    }
    return found;
  }
}

const TABLE_SIZE = 1 << 14;
const TABLE_MASK = TABLE_SIZE - 1;
