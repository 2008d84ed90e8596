/**
 * Analyses one input at a time on a worker thread, so the CLI can stop an input that takes too long
 * (terminating the worker) and go on with the rest of the batch.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { NoArticleError } from '@/lib/extract/extract-article';
import { describeFailure } from './describe-failure';
import { loadArticle } from './load-article';
import type { WorkerReply, WorkerRequest } from './worker-messages';

parentPort?.on('message', async ({ input }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const article = await loadArticle(input);
    reply = { input, analysis: analyzeArticle(article, { source: input }) };
  } catch (error) {
    reply = { input, error: describeFailure(input, error), kind: error instanceof NoArticleError ? 'no-article' : 'failed' };
  }
  parentPort?.postMessage(reply);
});
