/**
 * The two shape checks every boundary of ours needs (messages between contexts, data read back from
 * storage): anything that crosses one may be malformed, corrupted or from another version.
 */

/** A plain object (not null, not an array), whose fields are then checked one by one. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A whole number from 0 up: an offset into a text, a count. */
export const isOffset = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
