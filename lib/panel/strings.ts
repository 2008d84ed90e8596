import type { BoilerplateReason, EntityType, QuoteType } from '@/lib/analysis/types';
import type { RestrictionReason } from '@/lib/panel/restricted-url';

/**
 * Every user-facing string of the popup and the side panel, in one place so it can be translated as a unit.
 * Functions take counts so a translation can choose its own plural forms.
 */
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const strings = {
  appName: 'Quotelens',
  popupLabel: 'Quotelens summary of this page',
  panelLabel: 'Quotelens side panel',

  loading: 'Reading the article…',
  noArticleTitle: 'No article on this page',
  noArticleHint: 'Quotelens looks for a news article with paragraphs of text. Open an article and try again.',
  restrictedTitle: 'Quotelens can’t run on this page',
  restrictedReason: {
    'browser-page': 'Browsers don’t let extensions read their own pages, settings or other extensions.',
    'web-store': 'Browsers don’t let extensions run on their add-on stores.',
    'file-access': 'To read files on this computer, allow “Access to file URLs” in the extension’s settings.',
    'no-access': 'The browser did not give Quotelens access to this page.',
  } satisfies Record<RestrictionReason, string>,
  errorTitle: 'Something went wrong',
  errorHint: 'Reload the page and open Quotelens again.',
  noTab: 'There is no tab to read.',
  noAnswer: 'The page did not answer. It may still be loading.',
  revealFailed: 'Could not scroll the page there. Reload the page and try again.',
  highlightsFailed: 'Could not change the highlights on the page.',
  needsClickTitle: 'Click the Quotelens button on this page',
  needsClickHint: 'Quotelens reads a page only after you click its button in the toolbar. Click it, and this panel will show the summary.',
  retry: 'Try again',

  openSidePanel: 'Open side panel',
  openSidePanelHint: 'Keep the summary open beside the page',
  sidePanelFailed: 'Could not open the side panel.',

  exportLabel: 'Export who said what',
  exportActions: { markdown: 'Copy as Markdown', json: 'Download JSON', csv: 'Download CSV' },
  exportDone: { markdown: 'Copied as Markdown.', json: 'JSON file saved.', csv: 'CSV file saved.' },
  exportFailed: 'Could not export. Try again.',
  csvHeader: {
    url: 'URL', title: 'Title', date: 'Date', speaker: 'Speaker', speakerTitle: 'Speaker title',
    quote: 'Quote', type: 'Type', start: 'Start', end: 'End',
  },
  unknownSpeaker: 'Unknown speaker',

  legendLabel: 'Speaker colours',
  legendUnattributed: 'No speaker found',

  correct: 'Correct',
  correctLabel: (quote: string) => `Correct the quote “${quote.length > 40 ? `${quote.slice(0, 40)}…` : quote}”`,
  speakerLabel: 'Who said it',
  speakerOption: (name: string, title: string | null) => (title ? `${name} (${title})` : name),
  applySpeaker: 'Set speaker',
  dismissQuote: 'Not a quote: dismiss',
  undoCorrection: 'Undo my correction',
  corrected: 'corrected',
  correctedHint: 'You set the speaker of this quote.',
  correctionFailed: 'Could not save your correction.',
  dismissedTitle: (n: number) => `Dismissed by you (${n})`,
  restore: 'Restore',
  restoreLabel: (quote: string) => `Restore the quote “${quote.length > 40 ? `${quote.slice(0, 40)}…` : quote}”`,

  untitled: 'Untitled article',
  siteUnknown: 'Unknown site',
  countsLabel: 'Counts',
  counts: {
    quotes: (n: number) => plural(n, 'quote', 'quotes'),
    speakers: (n: number) => plural(n, 'speaker', 'speakers'),
    officials: (n: number) => plural(n, 'official', 'officials'),
    duplicates: (n: number) => plural(n, 'duplicate', 'duplicates'),
    boilerplate: (n: number) => plural(n, 'boilerplate line', 'boilerplate lines'),
  },

  highlights: 'Highlights on page',
  marksGroup: 'Also mark on the page',
  marksDuplicates: 'Mark repeated passages',
  marksBoilerplate: 'Mark boilerplate',
  marksFailed: 'Could not save this setting.',
  autorun: 'Run automatically on this site',
  autorunHint: 'Quotelens will ask for access to this site only, and open by itself on its articles.',
  autorunDeclined: 'Quotelens was not given access to this site.',
  autorunFailed: 'Could not change the setting for this site.',
  highlightsUnanchored: (n: number) => `${plural(n, 'passage', 'passages')} could not be found on the page`,

  sections: {
    whoSaidWhat: 'Who said what',
    officials: 'Officials',
    duplicates: 'Repeated sentences',
    boilerplate: 'Boilerplate',
  },
  empty: {
    whoSaidWhat: 'No quotes found.',
    officials: 'No officials named.',
    duplicates: 'No repeated sentences.',
    boilerplate: 'No boilerplate lines.',
  },

  entityType: { person: 'person', organization: 'organisation', unnamed: 'unnamed' } satisfies Record<EntityType, string>,
  quoteType: { direct: 'direct', partial: 'partial', indirect: 'indirect' } satisfies Record<QuoteType, string>,
  /** Put around direct and partial quotes, whose text comes without its marks. */
  quoteMarks: ['“', '”'] as [string, string],
  unattributed: 'Unattributed',
  uncertain: 'uncertain',
  uncertainHint: 'Quotelens is not sure who said this.',
  quoteCount: (n: number) => plural(n, 'quote', 'quotes'),
  cue: (cue: string) => `cue: ${cue}`,
  revealHint: 'Show on page',
  occurrences: (n: number) => `${n}×`,
  occurrencesLabel: (n: number) => `Repeated ${plural(n, 'time', 'times')}`,
  occurrence: (i: number) => `Occurrence ${i}`,
  nearDuplicate: 'near-duplicate',
  boilerplateReason: (reason: BoilerplateReason) => reason,
  showMore: 'Show more',
  showLess: 'Show less',
  /** The button under a capped list: the last step shows all of them. */
  showMoreItems: (adds: number, shown: number, total: number) =>
    shown + adds >= total ? `Show all ${total}` : `Show ${adds} more (${shown} of ${total} shown)`,

  // Per-site memory (issue 4).
  notBoilerplate: 'Not boilerplate',
  notBoilerplateLabel: (line: string) => `Not boilerplate on this site: “${line.length > 40 ? `${line.slice(0, 40)}…` : line}”`,
  markBoilerplate: 'Boilerplate',
  markBoilerplateLabel: (line: string) => `Boilerplate on this site: “${line.length > 40 ? `${line.slice(0, 40)}…` : line}”`,
  markLinesTitle: 'Mark lines',
  markLinesHint: 'Lines at the start and end of the article. Mark one as boilerplate and Quotelens sets it aside on every article of this site.',
  siteMemoryTitle: 'Site memory',
  siteMemoryHint: 'Quotelens remembers lines that repeat across a site’s articles, in this browser only.',
  forgetSite: 'Forget this site’s memory',
  clearAllSites: 'Clear all site memory',
  siteMemoryFailed: 'Could not change the site memory.',
  siteBoilerplateHint: 'repeats across this site’s articles',
  markedByReaderHint: 'you marked it as boilerplate on this site',
} as const;
