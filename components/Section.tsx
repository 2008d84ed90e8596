import { useId, useState, type ReactNode } from 'react';

interface SectionProps {
  title: string;
  count: number;
  defaultOpen?: boolean;
  children: ReactNode;
}

/** A titled, collapsible part of the summary; the heading's button is the only toggle. */
export function Section({ title, count, defaultOpen = true, children }: SectionProps) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 className="section__heading">
        <button
          type="button"
          id={`${id}-title`}
          className="section__toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          <span className="section__chevron" aria-hidden="true" />
          <span className="section__title">{title}</span>
          <span className="section__count">{count}</span>
        </button>
      </h2>
      <div id={`${id}-body`} className="section__body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
