/** Reads the segments the evaluation set names from the corpus, to check that a label still applies. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../server/src/core/parse/parse';
import { textHash } from './keys';

export interface SegmentTexts {
  readonly english: string;
  readonly translation: string;
  readonly englishHash: string;
  readonly translationHash: string;
  readonly line: number;
  readonly context: string;
}

/** The segments of corpus files by id, parsed once per file. */
export class CorpusSegments {
  private readonly files = new Map<string, Map<string, SegmentTexts>>();
  constructor(private readonly corpus: string) {}

  get(file: string, id: string): SegmentTexts | undefined {
    return this.segmentsOf(file).get(id);
  }

  /** The whole file's hash, for findings about the file rather than a segment. */
  fileHash(file: string): string {
    const p = path.join(this.corpus, file);
    return fs.existsSync(p) ? textHash(fs.readFileSync(p, 'utf8')) : '';
  }

  private segmentsOf(file: string): Map<string, SegmentTexts> {
    let found = this.files.get(file);
    if (found) return found;
    found = new Map();
    const p = path.join(this.corpus, file);
    if (fs.existsSync(p)) {
      const text = fs.readFileSync(p, 'utf8');
      const doc = parse(text);
      for (const s of doc.segments) {
        if (!s.source) continue;
        const line = s.full.range.start.line;
        found.set(s.id, {
          english: s.source.text,
          translation: s.translation.text,
          englishHash: textHash(s.source.text),
          translationHash: textHash(s.translation.text),
          line: line + 1,
          context: text.slice(doc.lines.offsetAt({ line, character: 0 }), doc.lines.offsetAt({ line: line + 1, character: 0 })).replace(/\r?\n$/, ''),
        });
      }
    }
    this.files.set(file, found);
    return found;
  }
}
