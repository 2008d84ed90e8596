import type { Entity, Quote } from '@/lib/analysis/types';
import { strings } from '@/lib/panel/strings';
import { UNCERTAIN_BELOW } from '@/lib/panel/summary';
import { Badge } from '@/components/Badge';
import { QuoteCorrection } from '@/components/QuoteCorrection';
import { RevealButton } from '@/components/RevealButton';

interface QuoteItemProps {
  quote: Quote;
  entities: Entity[];
  /** The reader set this quote's speaker. */
  corrected: boolean;
}

/** One quote: its words (clickable to find it on the page), its type, its cue, any doubt, and a way to correct it. */
export function QuoteItem({ quote, entities, corrected }: QuoteItemProps) {
  const uncertain = !corrected && quote.confidence < UNCERTAIN_BELOW;
  const [open, close] = quote.type === 'indirect' ? ['', ''] : strings.quoteMarks;
  return (
    <li className="quote">
      <RevealButton span={quote} className="quote__button">
        <span className={`quote__text quote__text--${quote.type}`}>
          {open}
          {quote.text}
          {close}
        </span>
        <span className="quote__meta">
          <Badge tone={quote.type}>{strings.quoteType[quote.type]}</Badge>
          {quote.cue && !corrected ? <span className="quote__cue">{strings.cue(quote.cue)}</span> : null}
          {uncertain ? (
            <Badge tone="uncertain" title={strings.uncertainHint}>
              {strings.uncertain}
            </Badge>
          ) : null}
          {corrected ? (
            <Badge tone="corrected" title={strings.correctedHint}>
              {strings.corrected}
            </Badge>
          ) : null}
        </span>
      </RevealButton>
      <QuoteCorrection quote={quote} entities={entities} corrected={corrected} />
    </li>
  );
}
