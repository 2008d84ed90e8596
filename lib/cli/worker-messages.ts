import type { Analysis } from '@/lib/analysis/types';

export interface WorkerRequest {
  input: string;
}

/**
 * 'no-article': the page was read and holds no article (a typed answer, like an analysis);
 * 'failed': the input could not be read or analysed at all (missing, unreachable, timed out, crashed).
 */
export type FailureKind = 'no-article' | 'failed';

export type WorkerReply = { input: string; analysis: Analysis } | { input: string; error: string; kind: FailureKind };
