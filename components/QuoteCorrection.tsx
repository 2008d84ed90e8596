import { useId, useState } from 'react';
import type { Entity, Quote } from '@/lib/analysis/types';
import { strings } from '@/lib/panel/strings';
import { usePanel } from '@/lib/panel/use-panel';

interface QuoteCorrectionProps {
  quote: Quote;
  /** The article's entities, the only speakers a quote can be given. */
  entities: Entity[];
  /** The reader has already corrected this quote (undo is offered). */
  corrected: boolean;
}

const UNKNOWN = '';

/** A disclosure under a quote: give it another speaker (or "unknown"), or dismiss it. */
export function QuoteCorrection({ quote, entities, corrected }: QuoteCorrectionProps) {
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState(quote.speakerId ?? UNKNOWN);
  const correct = usePanel((s) => s.correct);
  const undo = usePanel((s) => s.undoCorrection);
  const id = useId();
  const apply = () => {
    const entity = entities.find((e) => e.id === choice);
    setOpen(false);
    void correct(quote, { speaker: entity ? { id: entity.id, name: entity.name } : null });
  };
  return (
    <div className="correction">
      <button
        type="button"
        className="correction__toggle"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        aria-label={strings.correctLabel(quote.text)}
        onClick={() => setOpen(!open)}
      >
        {strings.correct}
      </button>
      <div id={`${id}-form`} className="correction__form" role="group" aria-label={strings.correctLabel(quote.text)} hidden={!open}>
        <label className="correction__label" htmlFor={`${id}-speaker`}>
          {strings.speakerLabel}
        </label>
        <select id={`${id}-speaker`} className="correction__select" value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value={UNKNOWN}>{strings.unknownSpeaker}</option>
          {entities.map((e) => (
            <option key={e.id} value={e.id}>
              {strings.speakerOption(e.name, e.title)}
            </option>
          ))}
        </select>
        <div className="correction__buttons">
          <button type="button" className="button button--small button--primary" onClick={apply}>
            {strings.applySpeaker}
          </button>
          <button type="button" className="button button--small" onClick={() => (setOpen(false), void correct(quote, { dismiss: true }))}>
            {strings.dismissQuote}
          </button>
          {corrected ? (
            <button type="button" className="button button--small" onClick={() => (setOpen(false), void undo(quote.id))}>
              {strings.undoCorrection}
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
