import type { ReactNode } from 'react';
import type { Span } from '@/lib/analysis/types';
import { usePanel } from '@/lib/panel/use-panel';
import { strings } from '@/lib/panel/strings';

interface RevealButtonProps {
  span: Span;
  className?: string;
  label?: string;
  children: ReactNode;
}

/** Any clickable passage of the summary: asks the page to scroll to the span and flash it. */
export function RevealButton({ span, className, label, children }: RevealButtonProps) {
  const reveal = usePanel((s) => s.reveal);
  return (
    <button
      type="button"
      className={className ? `reveal ${className}` : 'reveal'}
      title={strings.revealHint}
      aria-label={label}
      onClick={() => void reveal(span)}
    >
      {children}
    </button>
  );
}
