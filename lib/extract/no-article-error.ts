/** Why a page gave no article: shown to the reader as is. */
export class NoArticleError extends Error {
  readonly kind = 'no-article';
}
