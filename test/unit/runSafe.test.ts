import * as assert from 'node:assert/strict';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { runSafe, runSafeNotification } from '../../server/src/runSafe';

function logger() {
  const errors: string[] = [];
  return { errors, log: () => undefined, error: (m: string) => errors.push(m) };
}

describe('runSafe: a failing handler never takes the server down', () => {
  it('turns an exception into a logged error and the default answer', async () => {
    const log = logger();
    const answer = await runSafe(log, 'hover', undefined, null, () => {
      throw new Error('boom');
    });
    assert.equal(answer, null);
    assert.match(log.errors[0], /hover failed: Error: boom/);
  });

  it('answers a cancelled request with the LSP cancellation error, without running it', async () => {
    const source = new CancellationTokenSource();
    source.cancel();
    let ran = false;
    const answer = await runSafe(logger(), 'definition', source.token, [], () => {
      ran = true;
      return [1];
    });
    assert.ok(answer instanceof ResponseError);
    assert.equal(answer.code, LSPErrorCodes.RequestCancelled);
    assert.equal(ran, false);
  });

  it('drops the answer of a request cancelled while it ran', async () => {
    const source = new CancellationTokenSource();
    const answer = await runSafe(logger(), 'references', source.token, [], async () => {
      source.cancel();
      return [1];
    });
    assert.ok(answer instanceof ResponseError);
  });

  it('logs a failing notification handler and goes on', async () => {
    const log = logger();
    await runSafeNotification(log, 'didChangeConfiguration', () => {
      throw new Error('bad settings');
    });
    assert.match(log.errors[0], /didChangeConfiguration failed/);
  });
});
