import { LineIndex } from '../text/lineIndex';

/** The text of one locale version as read, with its lines. */
export interface VersionText {
  readonly text: string;
  readonly lines: LineIndex;
}

/**
 * The texts of other locale versions, for the hover's table of a segment in the other
 * locales: read, not parsed (the table needs a few ranges of each), and kept most recently
 * used first within a budget of characters, enough for the versions of every document a
 * translator keeps open. Keyed by the index entry's stamp, so a version that changed is
 * read again. A hover cannot wait for a file: it shows the versions already read, and the
 * others are read for the next time.
 */
export class VersionTexts {
  private readonly texts = new Map<string, VersionText>();
  private readonly reading = new Set<string>();
  private characters = 0;

  constructor(
    private readonly read: (uri: string) => Promise<string | undefined>,
    private readonly budget = 8_000_000,
  ) {}

  /** The text if it has been read; otherwise starts reading it (for next time) and answers undefined. */
  peek(uri: string, stamp: number): VersionText | undefined {
    const key = `${stamp}|${uri}`;
    const hit = this.texts.get(key);
    if (hit) {
      this.texts.delete(key);
      this.texts.set(key, hit);
      return hit;
    }
    if (!this.reading.has(key)) {
      this.reading.add(key);
      this.read(uri).then(
        (text) => {
          this.reading.delete(key);
          if (text !== undefined) this.keep(key, { text, lines: new LineIndex(text) });
        },
        () => this.reading.delete(key),
      );
    }
    return undefined;
  }

  private keep(key: string, version: VersionText): void {
    this.texts.set(key, version);
    this.characters += version.text.length;
    for (const [oldest, text] of this.texts) {
      if (this.characters <= this.budget || oldest === key) break;
      this.texts.delete(oldest);
      this.characters -= text.text.length;
    }
  }
}
