import type { L10n } from '../l10n';
import { Glossary, type GlossaryEntry } from '../terms/glossary';
import { readGlossaryCsv } from '../terms/glossaryCsv';
import { readTbx } from '../terms/tbx';
import { Emitter, type Disposable, type Event, type IWorkspace } from '../workspace';
import type { FileProblem } from '../xml/xmlInput';
import { readTmx } from './tmx';
import type { TranslationMemory } from './translationMemory';

/** The files the settings name: glossaries (TBX or CSV) and translation memories (TMX), as URIs. */
export interface TermFiles {
  readonly glossaries: readonly string[];
  readonly memories: readonly string[];
}

/** Glossary and TMX files larger than this are not read. */
export const MAX_TERM_FILE_MB = 50;

/**
 * The glossary and TMX files named in the settings, read through the workspace and read
 * again when they change. A file that cannot be read, is not valid XML, is not the format
 * or is too large gives one problem naming the file and line; the others keep working.
 */
export class TermResources implements Disposable {
  private files: TermFiles = { glossaries: [], memories: [] };
  private readonly glossaryEntries = new Map<string, readonly GlossaryEntry[]>();
  private readonly fileProblems = new Map<string, readonly FileProblem[]>();
  private readonly tmxKeys = new Map<string, string[]>();
  private current = new Glossary();
  private readonly changeEmitter = new Emitter<void>();
  private readonly subscription: Disposable;
  /** After a glossary or TMX file was read (again). */
  readonly onDidChangeTerms: Event<void> = this.changeEmitter.event;

  constructor(
    private readonly workspace: IWorkspace,
    private readonly memory: () => TranslationMemory | undefined,
    private readonly l10n: L10n,
  ) {
    this.subscription = workspace.onDidChangeFiles((changes) => {
      const named = changes.filter((c) => this.files.glossaries.includes(c.uri) || this.files.memories.includes(c.uri));
      if (named.length) void Promise.all(named.map((c) => this.readFile(c.uri))).then(() => this.changed());
    });
  }

  get glossary(): Glossary {
    return this.current;
  }

  /** What is wrong with the files, one problem per file at most for XML. */
  get problems(): FileProblem[] {
    return [...this.fileProblems.values()].flat();
  }

  /** Reads the files the settings name (again); resolves with the problems found. */
  async configure(files: TermFiles): Promise<FileProblem[]> {
    const gone = [...this.files.glossaries, ...this.files.memories].filter((u) => !files.glossaries.includes(u) && !files.memories.includes(u));
    this.files = files;
    for (const uri of gone) this.forget(uri);
    await Promise.all([...files.glossaries, ...files.memories].map((uri) => this.readFile(uri)));
    this.changed();
    return this.problems;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }

  private changed(): void {
    this.current = new Glossary(this.files.glossaries.flatMap((u) => this.glossaryEntries.get(u) ?? []));
    this.changeEmitter.fire();
  }

  private forget(uri: string): void {
    this.glossaryEntries.delete(uri);
    this.fileProblems.delete(uri);
    for (const key of this.tmxKeys.get(uri) ?? []) this.memory()?.delete(key);
    this.tmxKeys.delete(uri);
  }

  private async readFile(uri: string): Promise<void> {
    const l10n = this.l10n;
    const isMemory = this.files.memories.includes(uri);
    this.forget(uri);
    const text = await this.workspace.readText(uri);
    if (text === undefined) {
      this.fileProblems.set(uri, [{ uri, line: 1, message: l10n.t('The file cannot be read.') }]);
      return;
    }
    if (text.length > MAX_TERM_FILE_MB * 1024 * 1024) {
      this.fileProblems.set(uri, [{ uri, line: 1, message: l10n.t('The file is larger than {size} MB; it was not read.', { size: MAX_TERM_FILE_MB }) }]);
      return;
    }
    if (isMemory) {
      const content = readTmx(text, uri, l10n);
      const memory = this.memory();
      const keys: string[] = [];
      for (const [key, { pairs, translationType }] of content.locales) {
        const locale = key.slice(0, key.indexOf('\u0001'));
        const id = `${uri}#${locale}/${translationType}`;
        memory?.set(id, { locale, translationType }, pairs);
        keys.push(id);
      }
      this.tmxKeys.set(uri, keys);
      this.fileProblems.set(uri, content.problems);
      return;
    }
    const read = /\.csv$/i.test(uri) ? readGlossaryCsv(text, uri, l10n) : readTbx(text, uri, l10n);
    this.glossaryEntries.set(uri, read.entries);
    this.fileProblems.set(uri, read.problems);
  }
}
