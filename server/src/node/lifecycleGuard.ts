import { ErrorCodes, Message, type MessageStrategy, type RequestMessage } from 'vscode-languageserver/node';

/** The method a refused request is turned into; its handler answers with the error it carries. */
export const REFUSED_REQUEST = 'sxsDocs/refusedRequest';

export interface Refusal {
  readonly code: number;
  readonly message: string;
}

/**
 * Keeps the LSP lifecycle before any handler runs: a request before `initialize` is answered
 * with ServerNotInitialized and a notification then is dropped (`exit` aside), and a second
 * `initialize` is refused. The library would otherwise run every handler on a server that has
 * no settings, capabilities or workspace yet.
 */
export class LifecycleGuard implements MessageStrategy {
  private initialized = false;
  /** Whether `shutdown` came: the exit code when the client goes away. */
  shutdown = false;

  handleMessage(message: Message, next: (message: Message) => void): void {
    if (Message.isRequest(message)) {
      if (message.method === 'initialize') {
        if (this.initialized) return next(refused(message, { code: ErrorCodes.InvalidRequest, message: 'The server is already initialized: initialize is sent once.' }));
        this.initialized = true;
      } else if (!this.initialized) {
        return next(refused(message, { code: ErrorCodes.ServerNotInitialized, message: `The server is not initialized: ${message.method} came before initialize.` }));
      }
      if (message.method === 'shutdown') this.shutdown = true;
    } else if (Message.isNotification(message) && !this.initialized && message.method !== 'exit') {
      return;
    }
    next(message);
  }
}

function refused(request: RequestMessage, refusal: Refusal): RequestMessage {
  return { jsonrpc: request.jsonrpc, id: request.id, method: REFUSED_REQUEST, params: refusal };
}
