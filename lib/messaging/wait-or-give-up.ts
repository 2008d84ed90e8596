export type Timer = Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'>;

/**
 * A request that waits for its answer, or for null after `waitMs`. `register` hands the answer
 * function to whoever will call it and returns how to take it back, which happens once it is called
 * either way (shared by the page's early analysis request and the popup's click reading).
 */
export function waitOrGiveUp<T>(timer: Timer, waitMs: number, register: (answer: (value: T | null) => void) => () => void): Promise<T | null> {
  return new Promise((resolve) => {
    const answer = (value: T | null) => {
      timer.clearTimeout(giveUp);
      unregister();
      resolve(value);
    };
    const giveUp = timer.setTimeout(() => answer(null), waitMs);
    const unregister = register(answer);
  });
}
