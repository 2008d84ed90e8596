import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { extractArticle } from '@/lib/extract/extract-article';
import { provideInPageReader } from '@/lib/page/in-page-reader';

// Readability and the analysis core, for the rare page the background cannot read (messaging broken,
// an answer lost): the content script has the background run this file in its frame only then.
export default defineUnlistedScript(() => {
  provideInPageReader({ extract: extractArticle, analyze: analyzeArticle });
});
