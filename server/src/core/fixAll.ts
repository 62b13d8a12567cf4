import type { StructuralProblem, SxsDocument } from './model';
import { parse } from './parse/parse';
import type { Finding, TextEditData } from './rules/rule';
import { applyEdits, mergeFixes } from './textEdits';

export interface FixAllOptions {
  /** Checks a text (the findings a pass works from). */
  check(doc: SxsDocument): readonly Finding[];
  /** Which findings to fix (all with a fix by default). Fixes in markup the parser could not read are never applied. */
  select?(finding: Finding, doc: SxsDocument): boolean;
  /** At most this many passes. */
  maxPasses?: number;
}

export interface FixAllResult {
  readonly doc: SxsDocument;
  readonly findings: readonly Finding[];
  /** Fixes applied, over all passes: a fix left out because it touched another counts once, when it is applied. */
  readonly applied: number;
  /** A pass would have lost a segment or added a structural problem: `doc` is the last safe one. */
  readonly rejected: boolean;
  /** Fixes of `findings` left alone because the markup around them was not read (fix that first). */
  readonly held: number;
}

/** Structural problems that mean the markup around a fix was not understood: no fix touches them. */
const UNREAD: ReadonlySet<StructuralProblem['code']> = new Set(['broken-span', 'orphan-translation', 'orphan-lookup', 'parse-error']);

/**
 * Applies every selected fix, pass after pass, until none is left: fixes that touch each
 * other wait for the next pass, and a fix can change what another rule sees (a corrected
 * `ms.contentlocale` changes which URLs count as rewritten), so one pass is not always the
 * end. Fixing the result again changes nothing.
 *
 * The guards every caller gets (the command line, the editor's fix-all and fix-on-save): a fix
 * in markup the parser could not read is not applied, and a pass that loses a segment or adds a
 * structural problem is not kept.
 */
export function fixAll(doc: SxsDocument, findings: readonly Finding[], options: FixAllOptions): FixAllResult {
  const select = options.select ?? (() => true);
  let current = { doc, findings };
  let applied = 0;
  let rejected = false;
  for (let pass = 0; pass < (options.maxPasses ?? 10); pass++) {
    const fixes = current.findings.filter((f) => f.fix && !touchesUnreadMarkup(current.doc, f) && select(f, current.doc)).map((f) => f.fix!);
    const merged = mergeFixes(fixes);
    if (merged.edits.length === 0) break;
    const next = parse(applyEdits(current.doc.text, merged.edits));
    if (next.text === current.doc.text) break;
    if (!keepsStructure(current.doc, next)) {
      rejected = true;
      break;
    }
    applied += merged.taken;
    current = { doc: next, findings: options.check(next) };
  }
  const held = current.findings.filter((f) => f.fix && touchesUnreadMarkup(current.doc, f)).length;
  return { ...current, applied, rejected, held };
}

/** A pass keeps every segment and adds no structural problem. */
function keepsStructure(before: SxsDocument, after: SxsDocument): boolean {
  return after.segments.length === before.segments.length && after.problems.length <= before.problems.length;
}

/** The fix touches a segment or a stretch of markup that the parser could not read. */
export function touchesUnreadMarkup(doc: SxsDocument, finding: Finding): boolean {
  if (!finding.fix || doc.problems.length === 0) return false;
  return doc.problems.some(
    (p) => UNREAD.has(p.code) && ((finding.segment && p.segment === finding.segment) || finding.fix!.edits.some((e) => e.start <= p.span.end && p.span.start <= e.end)),
  );
}

/** One edit that turns `before` into `after`: the stretch between their common start and end. */
export function minimalEdit(before: string, after: string): TextEditData | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { start, end: before.length - end, newText: after.slice(start, after.length - end) };
}
