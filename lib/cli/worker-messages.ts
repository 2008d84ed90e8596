import type { Analysis } from '@/lib/analysis/types';

export interface WorkerRequest {
  input: string;
}

export type WorkerReply = { input: string; analysis: Analysis } | { input: string; error: string };
