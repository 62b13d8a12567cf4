import type { StructuralProblem, SxsDocument } from '../model';
import { LineIndex } from '../text/lineIndex';
import { readFrontMatter } from './frontMatter';
import { readSegments } from './segments';
import { scanSpanTags } from './spanTags';
import { problemMessage, type ProblemDetail } from './problemMessages';

/** How much of the document to read. */
export interface ParseOptions {
  /**
   * Parse the front matter's YAML into `frontMatter.data` (the default). Without it, the
   * localization keys are read from their lines as written, `data` is empty and invalid YAML
   * is not reported: enough for the locale index, which reads every file of the workspace
   * and for which the YAML parser is a third of the time.
   */
  readonly frontMatterData?: boolean;
}

/**
 * Reads a localized Markdown document into its model: front matter, localization keys,
 * segments and the structural problems of the markup. Never throws: whatever the input,
 * the result describes it (a failure of the reader itself becomes a `parse-error` problem).
 */
export function parse(text: string, options: ParseOptions = {}): SxsDocument {
  const lines = new LineIndex(text);
  const bom = text.charCodeAt(0) === 0xfeff;
  try {
    const { frontMatter, keys } = readFrontMatter(text, lines, bom ? 1 : 0, options.frontMatterData !== false);
    const scan = readSegments(text, lines, scanSpanTags(text));
    const problems: StructuralProblem[] = frontMatter?.error
      ? [problem('invalid-yaml', { kind: 'invalid-yaml', reason: frontMatter.error.message }, frontMatter.error.span), ...scan.problems]
      : scan.problems;
    return {
      text,
      lines,
      bom,
      eol: lineEnding(text),
      frontMatter,
      keys,
      segments: scan.segments,
      orphanLookups: scan.orphanLookups,
      mainPrefix: scan.mainPrefix,
      problems,
    };
  } catch (e) {
    const span = { start: 0, end: 0, range: lines.rangeOf(0, 0) };
    return {
      text,
      lines,
      bom,
      eol: lineEnding(text),
      frontMatter: undefined,
      keys: { noLoc: [], valueSpans: {} },
      segments: [],
      orphanLookups: [],
      mainPrefix: undefined,
      problems: [problem('parse-error', { kind: 'parse-error', reason: e instanceof Error ? e.message : String(e) }, span)],
    };
  }
}

function lineEnding(text: string): SxsDocument['eol'] {
  const lf = text.indexOf('\n');
  if (lf > 0 && text.charCodeAt(lf - 1) === 13) return '\r\n';
  if (lf === -1 && text.indexOf('\r') !== -1) return '\r';
  return '\n';
}

function problem(code: StructuralProblem['code'], detail: ProblemDetail, span: StructuralProblem['span']): StructuralProblem {
  return { code, detail, message: problemMessage(detail), span };
}
