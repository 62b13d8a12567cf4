import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { isCancelled } from './core/cancellation';
import type { Logger } from './core/languageService';

/**
 * Runs a request handler so that an exception becomes a logged error and the default
 * answer, never a dead server; a cancelled request answers with the LSP cancellation error.
 */
export async function runSafe<T>(
  logger: Logger,
  what: string,
  token: CancellationToken | undefined,
  errorValue: T,
  fn: () => T | Promise<T>,
): Promise<T | ResponseError<undefined>> {
  if (token?.isCancellationRequested) return cancelled();
  try {
    const result = await fn();
    if (token?.isCancellationRequested) return cancelled();
    return result;
  } catch (e) {
    // A long loop of the core saw the token cancelled: not a failure.
    if (isCancelled(e)) return cancelled();
    logger.error(`${what} failed: ${describe(e)}`);
    return errorValue;
  }
}

/** The same for notifications, which have no answer. */
export async function runSafeNotification(logger: Logger, what: string, fn: () => void | Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    logger.error(`${what} failed: ${describe(e)}`);
  }
}

function cancelled(): ResponseError<undefined> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
