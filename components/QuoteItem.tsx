import type { Quote } from '@/lib/analysis/types';
import { strings } from '@/lib/panel/strings';
import { UNCERTAIN_BELOW } from '@/lib/panel/summary';
import { Badge } from '@/components/Badge';
import { RevealButton } from '@/components/RevealButton';

/** One quote: its words (clickable to find it on the page), its type, its cue and any doubt. */
export function QuoteItem({ quote }: { quote: Quote }) {
  const uncertain = quote.confidence < UNCERTAIN_BELOW;
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
          {quote.cue ? <span className="quote__cue">{strings.cue(quote.cue)}</span> : null}
          {uncertain ? (
            <Badge tone="uncertain" title={strings.uncertainHint}>
              {strings.uncertain}
            </Badge>
          ) : null}
        </span>
      </RevealButton>
    </li>
  );
}
