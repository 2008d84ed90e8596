/**
 * The analysis contract (see ../shared/eval/README.md). Every offset is a UTF-16 index into
 * `ArticleText.text`, so the popup, the page highlighter and the CLI all speak the same positions.
 */

/** A half-open span [start, end) of the article text. */
export interface Span {
  start: number;
  end: number;
}

/** What a block of the article is, so analysis can treat captions and headings differently from prose. */
export type BlockKind =
  | 'title'
  | 'standfirst'
  | 'paragraph'
  | 'heading'
  | 'blockquote'
  | 'list-item'
  | 'caption'
  | 'preformatted';

export interface Block extends Span {
  kind: BlockKind;
  /** Characters of this block that sit inside links (for link density). 0 when unknown. */
  linkChars: number;
  /** The word by which the page names the box holding this block ("author", "newsletter"), if any. */
  box?: string;
}

/** The article as plain text with its paragraph structure: the single input of the analysis core. */
export interface ArticleText {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  /** Headline, standfirst, then body; blocks separated by blank lines (".txt" inputs: verbatim). */
  text: string;
  /** Where the body starts (after headline and standfirst). */
  bodyStart: number;
  blocks: Block[];
}

export type EntityType = 'person' | 'organization' | 'unnamed';

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** The most informative title or role seen for this entity; officials are persons with a title. */
  title: string | null;
  mentions: Span[];
  /** Grammatical gender when a cue told us (spokeswoman, Mrs., mother…); used for pronouns. */
  gender?: 'female' | 'male' | null;
}

export type QuoteType = 'direct' | 'partial' | 'indirect';

export interface Quote extends Span {
  id: string;
  text: string;
  type: QuoteType;
  speakerId: string | null;
  speakerMention: (Span & { text: string }) | null;
  cue: string | null;
  /** 0..1: how sure the attribution is (the popup marks uncertain ones). */
  confidence: number;
}

export interface DuplicateGroup {
  text: string;
  count: number;
  occurrences: Span[];
  /** 1 for verbatim repeats, below 1 for near-duplicates. */
  similarity: number;
}

export type BoilerplateReason =
  | 'subscription prompt'
  | 'share/follow prompt'
  | 'copyright notice'
  | 'syndication note'
  | 'related-link list'
  | 'photo/video credit'
  | 'image caption'
  | 'advertisement label'
  | 'author bio or contact'
  | 'print-edition note'
  | 'navigation'
  | 'comments widget'
  | 'site boilerplate'
  | 'marked by reader';

export interface Boilerplate extends Span {
  text: string;
  reason: BoilerplateReason;
  /** Every place the same line stands when it repeats on the page (start/end name the first). */
  occurrences?: Span[];
}

/** The full result: the JSON contract plus a few fields of our own. */
export interface Analysis {
  source: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  text: string;
  bodyStart: number;
  entities: Entity[];
  quotes: Quote[];
  duplicates: DuplicateGroup[];
  boilerplate: Boilerplate[];
  /** Set when only part of a very long article was analysed. */
  notice?: string;
  /** Milliseconds the analysis took (extraction excluded). */
  timing?: { analysisMs: number };
}
