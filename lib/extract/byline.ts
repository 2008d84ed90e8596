/**
 * The author line as a reader wants it: the names. Page metadata often carries the byline's whole
 * widget ("By Steven Shepard 10/04/2016 05:07 AM EDT Link Copied", "by Lucas Nolan22 Dec 2016651"),
 * and some pages put only a timestamp where the author goes ("Last Updated: January 7, 2025").
 */

const BY_PREFIX = /^(?:by|par|von|por|di|door|av|przez)\s+(?=\p{Lu})/iu;

const MONTHS =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|' +
  'janvier|février|avril|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|mai|juni|juli|oktober|dezember|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';

/**
 * Where the widget's text begins: a date or a time, or a share/update label. Figures may be glued to
 * the last name ("Nolan22 Dec"), so no word boundary before them.
 */
const WIDGET_START = new RegExp(
  [
    '\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}',
    '\\d{1,2}:\\d\\d',
    `\\d{1,2}\\.?\\s+(?:${MONTHS})\\b`,
    `\\b(?:${MONTHS})\\.?\\s+\\d{1,2}\\b`,
    '\\b\\d{4}-\\d\\d-\\d\\d\\b',
    '\\b(?:last )?(?:updated|published|posted|modifié|publié|mis à jour|aktualisiert|veröffentlicht|actualizado|publicado)\\b',
    '\\b(?:link copied|copy link|copied|share|share this|follow|email|e-mail|twitter|facebook)\\b',
  ].join('|'),
  'iu',
);

/** The names in a byline, or null when it holds none. */
export function cleanByline(raw: string | null | undefined): string | null {
  let text = (raw ?? '').replace(/\s+/g, ' ').trim();
  const widget = WIDGET_START.exec(text);
  if (widget) text = text.slice(0, widget.index);
  text = text.replace(BY_PREFIX, '').replace(/[\s,;:|•·–—-]+$/u, '').trim();
  // What is left must name someone: at least one letter that starts a word in capitals or a script without case.
  if (!/\p{L}/u.test(text) || /^(?:by|par|von|por)$/i.test(text)) return null;
  return text;
}
