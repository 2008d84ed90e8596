/** Names of the highlights we register (CSS.highlights) and of the wrapper classes, all prefixed. */
export const HIGHLIGHT_PREFIX = 'quotelens';
export const OFFICIAL_NAME = `${HIGHLIGHT_PREFIX}-official`;
/** Every occurrence of a repeated passage, and every boilerplate line: washes under the quotes. */
export const DUPLICATE_NAME = `${HIGHLIGHT_PREFIX}-duplicate`;
export const BOILERPLATE_NAME = `${HIGHLIGHT_PREFIX}-boilerplate`;
export const FLASH_NAME = `${HIGHLIGHT_PREFIX}-flash`;
/** Quotes with no speaker: the neutral colour, never a palette slot. */
export const UNATTRIBUTED_NAME = `${HIGHLIGHT_PREFIX}-quote-none`;
/** A speaker's quotes: `colour` is the speaker's index into SPEAKER_PALETTE. */
export const quoteName = (colour: number) => `${HIGHLIGHT_PREFIX}-quote-${colour}`;

