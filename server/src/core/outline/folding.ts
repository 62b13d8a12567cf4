import type { FoldingRange } from 'vscode-languageserver-types';
import type { SxsDocument } from '../model';
import type { Section } from './sections';

/** Folding ranges of a localized document: the front matter and each heading's section. */
export function foldingRanges(doc: SxsDocument, sectionList: readonly Section[]): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const fm = doc.frontMatter;
  if (fm) {
    const startLine = fm.full.range.start.line;
    // The front matter's span ends after the closing fence's line break: fold through the fence.
    const endLine = doc.lines.lineAt(Math.max(fm.full.start, fm.full.end - 1));
    if (endLine > startLine) ranges.push({ startLine, endLine });
  }
  for (const s of sectionList) {
    if (s.endLine > s.startLine) ranges.push({ startLine: s.startLine, endLine: s.endLine });
  }
  return ranges;
}
