import type { ReactNode } from 'react';

interface BadgeProps {
  /** Picks the colour: entity types, quote types and "uncertain" each have their own. */
  tone: string;
  title?: string;
  children: ReactNode;
}

/** A small uppercase label such as "person", "direct" or "uncertain". */
export function Badge({ tone, title, children }: BadgeProps) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}
