import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { SxsDocument } from '../model';
import { codeSpan, escapeMarkdownText } from '../markdown/safeMarkdown';
import { atxHeadingAtLine } from '../outline/headings';
import { quote } from './segmentHover';
import type { HoverStrings } from './strings';

/** The hover on a heading's `<a name="…"></a>` anchor: the English heading it belongs to. */
export function anchorHover(doc: SxsDocument, line: number, offset: number, strings: HoverStrings): Hover | undefined {
  const heading = atxHeadingAtLine(doc, line);
  const anchor = heading?.anchor;
  if (!heading || !anchor || offset < anchor.span.start || offset > anchor.span.end) return undefined;
  const english = heading.english ?? heading.translated;
  const value = [strings.anchorOf(codeSpan(anchor.name)), '', quote(escapeMarkdownText(english), strings), '', strings.anchorNote].join('\n');
  return { contents: { kind: MarkupKind.Markdown, value }, range: anchor.span.range };
}
