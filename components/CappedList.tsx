import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { LIST_FIRST, LIST_STEP, stepSize } from '@/lib/panel/list-cap';
import { strings } from '@/lib/panel/strings';

interface CappedListProps<T> {
  items: readonly T[];
  /** Renders one item: an <li> with its own key. */
  render(item: T, index: number): ReactNode;
  className?: string;
  'aria-label'?: string;
  first?: number;
  step?: number;
}

/** Something a keyboard user can land on inside a list item. */
const FOCUSABLE = 'button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A list that shows its first items and a button that adds more in steps (see lib/panel/list-cap).
 * After a step, focus moves to the first item it added, so keyboard and screen-reader users go on
 * reading where the new items start.
 */
export function CappedList<T>({ items, render, className, first = LIST_FIRST, step = LIST_STEP, ...aria }: CappedListProps<T>) {
  const [limit, setLimit] = useState(first);
  const list = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | null>(null);
  const id = useId();
  const shown = Math.min(limit, items.length);
  useEffect(() => {
    const from = focusFrom.current;
    focusFrom.current = null;
    if (from == null) return;
    const item = list.current?.children[from];
    item?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [limit]);
  const adds = stepSize(shown, items.length, step);
  return (
    <>
      <ul ref={list} id={`${id}-list`} className={className} aria-label={aria['aria-label']}>
        {items.slice(0, shown).map(render)}
      </ul>
      {adds > 0 ? (
        <button
          type="button"
          className="button button--small show-more"
          aria-controls={`${id}-list`}
          onClick={() => {
            focusFrom.current = shown;
            setLimit(shown + adds);
          }}
        >
          {strings.showMoreItems(adds, shown, items.length)}
        </button>
      ) : null}
    </>
  );
}
