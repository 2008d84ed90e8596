import { storage } from '#imports';

/** Settings that outlive the popup; every stored item is declared here, with a fallback. */
export const highlightsEnabled = storage.defineItem<boolean>('local:highlightsEnabled', { fallback: true });
