import type { SxsDocument } from '../model';
import { readHeadings, type Heading } from './headings';
import { sections, type Section } from './sections';

/** The headings and sections of a model. */
export interface Outline {
  readonly headings: readonly Heading[];
  readonly sections: readonly Section[];
}

/**
 * Reads the headings of each parsed model once: outline, folding and the editor's markup
 * ranges all ask for them at every version. Keyed by the model, which the document cache
 * replaces at each version, so entries go when their model goes.
 */
export class OutlineCache {
  private readonly entries = new WeakMap<SxsDocument, Outline>();

  get(doc: SxsDocument): Outline {
    let outline = this.entries.get(doc);
    if (!outline) {
      const headings = readHeadings(doc);
      outline = { headings, sections: sections(doc, headings) };
      this.entries.set(doc, outline);
    }
    return outline;
  }
}
