import { applyEdits, mergeFixes } from './codeActions';
import type { SxsDocument } from './model';
import { parse } from './parse/parse';
import type { Finding, TextEditData } from './rules/rule';

export interface FixAllOptions {
  /** Checks a text (the findings a pass works from). */
  check(doc: SxsDocument): readonly Finding[];
  /** Which findings to fix (all with a fix by default). */
  select?(finding: Finding, doc: SxsDocument): boolean;
  /** Whether to keep a pass's result (all by default); a pass not kept ends the run. */
  accept?(before: SxsDocument, after: SxsDocument): boolean;
  /** At most this many passes. */
  maxPasses?: number;
}

export interface FixAllResult {
  readonly doc: SxsDocument;
  readonly findings: readonly Finding[];
  /** Fixes applied, over all passes. */
  readonly applied: number;
  /** A pass's result was not accepted: `doc` is the last accepted one. */
  readonly rejected: boolean;
}

/**
 * Applies every selected fix, pass after pass, until none is left: fixes that touch each
 * other wait for the next pass, and a fix can change what another rule sees (a corrected
 * `ms.contentlocale` changes which URLs count as rewritten), so one pass is not always the
 * end. Fixing the result again changes nothing.
 */
export function fixAll(doc: SxsDocument, findings: readonly Finding[], options: FixAllOptions): FixAllResult {
  const select = options.select ?? (() => true);
  let current = { doc, findings };
  let applied = 0;
  for (let pass = 0; pass < (options.maxPasses ?? 10); pass++) {
    const fixes = current.findings.filter((f) => f.fix && select(f, current.doc)).map((f) => f.fix!);
    const edits = mergeFixes(fixes);
    if (edits.length === 0) break;
    const next = parse(applyEdits(current.doc.text, edits));
    if (next.text === current.doc.text) break;
    if (options.accept && !options.accept(current.doc, next)) return { ...current, applied, rejected: true };
    applied += fixes.length;
    current = { doc: next, findings: options.check(next) };
  }
  return { ...current, applied, rejected: false };
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
