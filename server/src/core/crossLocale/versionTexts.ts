import { LineIndex } from '../text/lineIndex';

/** The text of one locale version as read, with its lines. */
export interface VersionText {
  readonly text: string;
  readonly lines: LineIndex;
}

/**
 * The texts of other locale versions, for the hover's table of a segment in the other
 * locales and for the checks that quote another file's translation: read, not parsed (both
 * need a few ranges of each), and kept most recently used first within a budget of
 * characters, enough for the versions of every document a translator keeps open. Keyed by
 * the index entry's stamp, so a version that changed is read again. A hover cannot wait for
 * a file: it shows the versions already read, and the others are read for the next time.
 */
export class VersionTexts {
  private readonly texts = new Map<string, VersionText>();
  private readonly reading = new Map<string, Promise<VersionText | undefined>>();
  private characters = 0;

  constructor(
    private readonly read: (uri: string) => Promise<string | undefined>,
    private readonly budget = 8_000_000,
  ) {}

  /** The text if it has been read; otherwise starts reading it (for next time) and answers undefined. */
  peek(uri: string, stamp: number): VersionText | undefined {
    const hit = this.recent(`${stamp}|${uri}`);
    if (!hit) void this.get(uri, stamp);
    return hit;
  }

  /** The text, read when it has not been yet (undefined when it cannot be read). */
  get(uri: string, stamp: number): Promise<VersionText | undefined> {
    const key = `${stamp}|${uri}`;
    const hit = this.recent(key);
    if (hit) return Promise.resolve(hit);
    let pending = this.reading.get(key);
    if (!pending) {
      pending = this.read(uri)
        .then(
          (text) => (text === undefined ? undefined : this.keep(key, { text, lines: new LineIndex(text) })),
          () => undefined,
        )
        .finally(() => this.reading.delete(key));
      this.reading.set(key, pending);
    }
    return pending;
  }

  /** The text kept under the key, made the most recently used. */
  private recent(key: string): VersionText | undefined {
    const hit = this.texts.get(key);
    if (hit) {
      this.texts.delete(key);
      this.texts.set(key, hit);
    }
    return hit;
  }

  private keep(key: string, version: VersionText): VersionText {
    this.texts.set(key, version);
    this.characters += version.text.length;
    for (const [oldest, text] of this.texts) {
      if (this.characters <= this.budget || oldest === key) break;
      this.texts.delete(oldest);
      this.characters -= text.text.length;
    }
    return version;
  }
}
