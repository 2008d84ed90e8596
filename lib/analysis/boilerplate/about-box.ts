import { UPPER } from './char-classes';
import type { LineUnit } from './units';

/**
 * The "About us" box that closes a press release or a portal's article: "Über das Presse- und
 * Medienportal www.iwrpressedienst.de", "About Acme Corp.", "À propos de …", then a few paragraphs on the
 * company or the site. Public-relations writers call exactly this text the boilerplate. Its label is a
 * short heading that opens on "about" in one of our languages; the box is the label and everything after
 * it, so the label must stand among the page's last lines.
 */

// "About", then who: "us", a name ("About Acme Corp."), or a web address ("Über das … www.iwr.de"). A
// label on a topic in lower case ("About the study", "Sobre la guerra") is a section of the story.
const ABOUT_LABEL = new RegExp(
  `^(?:About|Über|À propos d[e’']|Acerca de|Sobre|Informazioni su) (?:us\\b|uns\\b|nous\\b|nosotros\\b|nós\\b|[${UPPER}]|.*(?:www\\.|\\.(?:com|de|fr|es|org|net)\\b))`,
  'u',
);
const MAX_LABEL_WORDS = 10;
/** Most lines after the label: a longer run is more of the story, not a box. */
const MAX_BOX_LINES = 6;

const aboutLabel = (u: LineUnit) => u.kind === 'heading' && u.words <= MAX_LABEL_WORDS && ABOUT_LABEL.test(u.text) && !/[.!?]$/.test(u.text);

/** Indexes of the about box's label and its lines, or none. */
export function aboutBox(units: LineUnit[]): number[] {
  const from = Math.max(0, units.length - 1 - MAX_BOX_LINES);
  for (let i = from; i < units.length - 1; i++) {
    if (!aboutLabel(units[i])) continue;
    return units.slice(i).map((u) => u.index);
  }
  return [];
}
