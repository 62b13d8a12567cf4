import type { L10n } from '../l10n';
import type { IWorkspace } from '../workspace';
import { parseReviewFile, serializeReviewFile, type ReviewRecord } from './reviewFile';
import { reviewFileLabel } from './reviewLocation';

/** Writes a file's text (the host's file system); the core has none of its own. */
export type WriteText = (uri: string, text: string) => Promise<void>;

export type ReadReview = { readonly records: readonly ReviewRecord[]; readonly problem?: string };

export type UpdateResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

/**
 * Reads and writes review files through the workspace. A file that cannot be read as the
 * format says is reported and never written over: every update reads the file again,
 * refuses when it is not valid, and writes the records it read with the change applied.
 * Updates of one file run one after another.
 */
export class ReviewStore {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly workspace: IWorkspace,
    private readonly write: WriteText | undefined,
    private readonly l10n: L10n,
  ) {}

  /** The records of a review file; none (and the reason) when it is not valid. */
  async read(file: string): Promise<ReadReview> {
    const loaded = await this.load(file);
    return 'problem' in loaded ? { records: [], problem: loaded.problem } : { records: loaded.records };
  }

  /** Applies `change` to the file's records and writes the file, unless it cannot be read. */
  update(file: string, change: (records: readonly ReviewRecord[]) => readonly ReviewRecord[]): Promise<UpdateResult> {
    const run = async (): Promise<UpdateResult> => {
      const { l10n } = this;
      if (!this.write) return { ok: false, message: l10n.t('Review states cannot be saved here: the server was started without access to files.') };
      const loaded = await this.load(file);
      if ('problem' in loaded) return { ok: false, message: loaded.problem };
      const text = serializeReviewFile(change(loaded.records));
      if (text === loaded.text) return { ok: true };
      try {
        await this.write(file, text);
        return { ok: true };
      } catch (e) {
        return { ok: false, message: l10n.t('The review file {file} could not be written: {error}', { file: reviewFileLabel(file), error: e instanceof Error ? e.message : String(e) }) };
      }
    };
    const previous = this.queues.get(file) ?? Promise.resolve();
    const next = previous.then(run, run);
    this.queues.set(file, next);
    void next.finally(() => {
      if (this.queues.get(file) === next) this.queues.delete(file);
    });
    return next;
  }

  private async load(file: string): Promise<{ records: readonly ReviewRecord[]; text: string } | { problem: string }> {
    const { l10n } = this;
    const text = await this.workspace.readText(file);
    if (text === undefined) {
      // Missing is empty; there but unreadable is a problem (writing would lose it).
      if (!(await this.workspace.stat(file))) return { records: [], text: '' };
      return { problem: l10n.t('The review file {file} cannot be read. It was left as it is.', { file: reviewFileLabel(file) }) };
    }
    const parsed = parseReviewFile(text);
    if (!parsed.ok) {
      return {
        problem: l10n.t('The review file {file} is not valid at line {line}: {reason}. It was left as it is: correct or remove that line, and review states will be saved again.', {
          file: reviewFileLabel(file),
          line: parsed.error.line,
          reason: parsed.error.reason,
        }),
      };
    }
    return { records: parsed.records, text };
  }
}
