import { Worker } from 'node:worker_threads';
import type { WorkerReply } from './worker-messages';

/**
 * Runs inputs one after another on a worker thread with a time limit per input. An input that runs
 * over gets an error reply; the worker is replaced and the next input starts on a fresh one.
 */
export class AnalysisRunner {
  private worker: Worker | null = null;

  constructor(private readonly timeoutMs: number) {}

  run(input: string): Promise<WorkerReply> {
    const worker = (this.worker ??= new Worker(new URL('./worker-boot.mjs', import.meta.url)));
    return new Promise((resolve) => {
      const finish = (reply: WorkerReply) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        resolve(reply);
      };
      const onMessage = (reply: WorkerReply) => finish(reply);
      const onError = (error: Error) => {
        this.discard();
        finish({ input, error: `${input}: could not analyse (${error.message.split('\n')[0]})`, kind: 'failed' });
      };
      const timer = setTimeout(() => {
        this.discard();
        finish({ input, error: `${input}: gave up after ${Math.round(this.timeoutMs / 1000)} s`, kind: 'failed' });
      }, this.timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ input });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }

  private discard() {
    void this.worker?.terminate();
    this.worker = null;
  }
}
