import type { CancellationTokenLike } from './workspace';

export type { CancellationTokenLike };

/** Thrown out of a long loop whose token was cancelled; the server answers "request cancelled". */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** Throws {@link CancelledError} when the token says the answer is no longer wanted. */
export function throwIfCancelled(token: CancellationTokenLike | undefined): void {
  if (token?.isCancellationRequested) throw new CancelledError();
}

/** True for the error {@link throwIfCancelled} throws. */
export function isCancelled(e: unknown): boolean {
  return e instanceof CancelledError;
}
