import { NoArticleError } from '@/lib/extract/extract-article';
import { InputError } from './load-article';

/** One line that tells the user what went wrong with an input; never a stack trace. */
export function describeFailure(input: string, error: unknown): string {
  if (error instanceof InputError) return error.message;
  if (error instanceof NoArticleError) return `${input}: ${error.message}`;
  const message = (error as Error)?.message ?? String(error);
  return `${input}: could not analyse (${message.split('\n')[0]})`;
}
