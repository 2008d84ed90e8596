import type { ReactNode } from 'react';
import type { Span } from '@/lib/analysis/types';
import { usePopup } from '@/lib/popup/use-popup';
import { strings } from '@/lib/popup/strings';

interface RevealButtonProps {
  span: Span;
  className?: string;
  label?: string;
  children: ReactNode;
}

/** Any clickable passage of the summary: asks the page to scroll to the span and flash it. */
export function RevealButton({ span, className, label, children }: RevealButtonProps) {
  const reveal = usePopup((s) => s.reveal);
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
