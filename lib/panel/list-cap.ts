/**
 * Long lists in the popup and side panel grow in steps: an enormous page gave ~8,500 items, rendered
 * and laid out in one task of over a second. Section counts stay exact; only the items are capped.
 */

/** Items shown at first: more than most articles have in any one list. */
export const LIST_FIRST = 20;
/** Items each "show more" adds. */
export const LIST_STEP = 50;

/** How many items to show after one more step (never more than there are). */
export const nextShown = (shown: number, total: number, step = LIST_STEP): number => Math.min(total, shown + step);

/** What a step adds: the next `step` items, or all the rest when that is no more than a step. */
export const stepSize = (shown: number, total: number, step = LIST_STEP): number => nextShown(shown, total, step) - shown;
