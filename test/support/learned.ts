import { parse } from '../../server/src/core/parse/parse';
import { LearnedTerms } from '../../server/src/core/terms/learnedTerms';
import { observeDocument } from '../../server/src/core/terms/observe';
import { TermStats } from '../../server/src/core/terms/termStats';
import { frontMatter, seg } from './sxs';

/** One translated document of a test workspace: its locale and its (translation, English) pairs. */
export interface LearnedDocument {
  readonly locale: string;
  readonly pairs: readonly (readonly [translation: string, english: string])[];
}

/** Writes a document of sxs segments, as the index reads it. */
export function documentText(doc: LearnedDocument): string {
  return frontMatter(doc.locale, 'MT') + doc.pairs.map(([tr, en], i) => seg(`abcde-${100 + i}`, tr, en)).join('\n\n') + '\n';
}

/** The statistics a workspace of these documents gives, as the locale index builds them. */
export function statsFrom(docs: readonly LearnedDocument[]): TermStats {
  const stats = new TermStats();
  docs.forEach((doc, i) => stats.set(`file:///ws/${doc.locale}/doc${i}.md`, doc.locale, observeDocument(parse(documentText(doc)))));
  return stats;
}

/** What the rules learn from a workspace of these documents. */
export function learnedFrom(docs: readonly LearnedDocument[]): LearnedTerms {
  return new LearnedTerms(statsFrom(docs));
}

/** The same document in each locale, `copies` times (the workspace needs several sightings to learn from). */
export function repeated(pairsByLocale: Record<string, readonly (readonly [string, string])[]>, copies = 4): LearnedDocument[] {
  const out: LearnedDocument[] = [];
  for (let i = 0; i < copies; i++) for (const [locale, pairs] of Object.entries(pairsByLocale)) out.push({ locale, pairs });
  return out;
}
