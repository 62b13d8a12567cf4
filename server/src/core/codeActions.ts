import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { TURN_OFF_RULE_COMMAND } from './commands';
import { ENGLISH, type L10n } from './l10n';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from './lsp/diagnostics';
import type { SxsDocument } from './model';
import { fixAll, minimalEdit } from './fixAll';
import type { FixData, Finding, TextEditData } from './rules/rule';

/** The code action kind of "fix everything sxs-docs can fix", for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.sxsDocs`;

/** User-facing titles of the code actions that every rule has, in the display language. */
function titles(l10n: L10n) {
  return {
    fixAllOfRule: (code: string, count: number) => l10n.t('Fix all {count} {code} problems in this file', { count, code }),
    turnOff: (code: string) => l10n.t('Turn off the {code} rule in settings', { code }),
    fixAll: l10n.t('Fix all sxs-docs problems that have a known fix'),
  };
}
type Titles = ReturnType<typeof titles>;

export interface CodeActionParams {
  readonly uri: string;
  /** The document version that `doc` is: fixes computed for another version are not offered. */
  readonly version: number;
  readonly context: CodeActionContext;
  /** Checks a fixed text again: "fix all" runs until nothing is left to fix. */
  readonly recheck: (doc: SxsDocument) => readonly Finding[];
  /** The display language of the titles; English without it. */
  readonly l10n?: L10n;
}

/**
 * The code actions for the diagnostics of a request. Everything a fix does comes from the
 * diagnostic's `data` (or, for the fixes of a whole file, from the findings of this very
 * version); nothing is worked out again here.
 */
export function codeActions(doc: SxsDocument, params: CodeActionParams, findings: () => readonly Finding[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const text = titles(params.l10n ?? ENGLISH);
  const only = params.context.only;
  if (!only || only.some((k) => k === CodeActionKind.QuickFix || k === CodeActionKind.Empty)) {
    const fixAllOffered = new Set<string>();
    for (const diagnostic of params.context.diagnostics) {
      actions.push(...quickFixes(doc, params, diagnostic, findings, fixAllOffered, text));
    }
  }
  if (only?.some((k) => k === FIX_ALL_KIND || k === CodeActionKind.Source)) {
    const edit = fixAllEdit(doc, params, findings());
    if (edit) actions.push({ title: text.fixAll, kind: FIX_ALL_KIND, edit: { changes: { [params.uri]: toTextEdits(doc, [edit]) } } });
  }
  return actions;
}

function quickFixes(doc: SxsDocument, params: CodeActionParams, diagnostic: Diagnostic, findings: () => readonly Finding[], fixAllOffered: Set<string>, text: Titles): CodeAction[] {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') return [];
  const code = diagnostic.code;
  const data = diagnostic.data as DiagnosticData | undefined;
  const current = data?.version === params.version;
  const actions: CodeAction[] = [];
  const edit = (fix: FixData): CodeAction => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [params.uri]: toTextEdits(doc, fix.edits) } },
  });
  if (current && data?.fix) actions.push({ ...edit(data.fix), isPreferred: true });
  if (current && data?.fix && !fixAllOffered.has(code)) {
    fixAllOffered.add(code);
    const all = findings();
    const count = all.filter((f) => f.code === code && f.fix).length;
    const fixed = count > 1 ? fixAllEdit(doc, params, all, (f) => f.code === code) : undefined;
    if (fixed) actions.push({ title: text.fixAllOfRule(code, count), kind: CodeActionKind.QuickFix, edit: { changes: { [params.uri]: toTextEdits(doc, [fixed]) } } });
  }
  if (current && data?.ignore) actions.push(edit(data.ignore));
  actions.push({
    title: text.turnOff(code),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: text.turnOff(code), command: TURN_OFF_RULE_COMMAND, arguments: [code, params.uri] },
  });
  return actions;
}

/** Fix all (of one rule, with `select`) until nothing is left, as one edit of the stretch that changes. */
function fixAllEdit(doc: SxsDocument, params: CodeActionParams, findings: readonly Finding[], select?: (f: Finding) => boolean): TextEditData | undefined {
  const result = fixAll(doc, findings, { check: params.recheck, select });
  return minimalEdit(doc.text, result.doc.text);
}

function toTextEdits(doc: SxsDocument, edits: readonly TextEditData[]): TextEdit[] {
  return edits.map((e) => ({ range: doc.lines.rangeOf(e.start, e.end), newText: e.newText }));
}
