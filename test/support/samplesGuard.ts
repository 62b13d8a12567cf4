/**
 * A mocha root hook for every test layer run under mocha (`--require`): the suite fails when
 * a test added, removed or changed a file under `samples/`. Tests work on copies
 * (`sampleWorkspace()`); one that opens the sample in place and writes there is caught here.
 */
import { fingerprintChanges, SAMPLES_DIR, samplesFingerprint } from './sampleWorkspace';

/** The hooks that fingerprint `root` before the run and fail after it when it changed. */
export function samplesGuard(root = SAMPLES_DIR): { beforeAll(): void; afterAll(): void } {
  let before: Map<string, string> | undefined;
  return {
    beforeAll() {
      before = samplesFingerprint(root);
    },
    afterAll() {
      if (!before) return;
      const changes = fingerprintChanges(before, samplesFingerprint(root));
      if (changes.length) throw new Error(`A test wrote into samples/ (tests must work on a copy: sampleWorkspace() in test/support/sampleWorkspace.ts):\n  ${changes.join('\n  ')}`);
    },
  };
}

export const mochaHooks = samplesGuard();
