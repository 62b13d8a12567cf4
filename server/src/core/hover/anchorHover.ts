import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { SxsDocument } from '../model';
import { codeSpan, escapeMarkdownText } from '../markdown/safeMarkdown';
import { atxHeadingAtLine } from '../outline/headings';
import { quote } from './segmentHover';
import { HOVER_STRINGS } from './strings';

/** The hover on a heading's `<a name="…"></a>` anchor: the English heading it belongs to. */
export function anchorHover(doc: SxsDocument, line: number, offset: number): Hover | undefined {
  const heading = atxHeadingAtLine(doc, line);
  const anchor = heading?.anchor;
  if (!heading || !anchor || offset < anchor.span.start || offset > anchor.span.end) return undefined;
  const english = heading.english ?? heading.translated;
  const value = [`**${HOVER_STRINGS.anchor}** ${codeSpan(anchor.name)} · ${HOVER_STRINGS.anchorOf}`, '', quote(escapeMarkdownText(english)), '', HOVER_STRINGS.anchorNote].join('\n');
  return { contents: { kind: MarkupKind.Markdown, value }, range: anchor.span.range };
}
