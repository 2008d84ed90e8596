// "Mr. Trump said of the episode, “I don’t like it,” adding that “they have anger …”", "“… valuable,”
// said Skelly, explaining he worked with Chrabaszcz: “Vito is outstanding …”": a participle of saying
// after an earlier quotation of its sentence has no subject of its own in the words after that
// quotation (the cue search stops there); it goes on with the speaker of that earlier quotation.
import type { CueHit } from './cues';

/** A participle of saying ("adding", "saying", "explaining"). */
const PARTICIPLE = /\p{L}ing$/u;

interface Piece {
  hit: CueHit | null;
  sent: number;
}

/** Gives each participle cue without a subject the subject of the nearest earlier cue of its sentence (in place). */
export function carryParticipleSubjects(pieces: Piece[]): void {
  for (let i = 1; i < pieces.length; i++) {
    const hit = pieces[i].hit;
    if (!hit || hit.np || !PARTICIPLE.test(hit.cue)) continue;
    for (let j = i - 1; j >= 0 && pieces[j].sent === pieces[i].sent; j--) {
      const earlier = pieces[j].hit;
      if (!earlier?.np || earlier.np.implicit) continue;
      pieces[i].hit = { ...hit, np: earlier.np };
      break;
    }
  }
}
