import { COMMANDS, INTERNAL_COMMANDS, DIAGNOSTIC_SOURCE } from '#protocol';
import * as vscode from 'vscode';
import { OPEN_SAMPLE_COMMAND } from './sampleWorkspace';
import { WalkthroughStrings } from './strings';

/** The walkthrough's "try it" commands: each opens the sample file at the right place and shows the feature. */
export const WALKTHROUGH_COMMANDS = {
  hover: INTERNAL_COMMANDS.walkthroughHover,
  counterpart: INTERNAL_COMMANDS.walkthroughCounterpart,
  preview: INTERNAL_COMMANDS.walkthroughPreview,
  quickFix: INTERNAL_COMMANDS.walkthroughQuickFix,
} as const;

/** The sample's German and Romanian versions of the one document. */
const GERMAN = '**/contoso-docs-pr.de-DE/articles/sync-files.md';
const ROMANIAN = '**/contoso-docs-pr.ro-RO/articles/sync-files.md';
const QUICK_FIX_DEADLINE_MS = 10_000;
/** Findings of the Romanian sample that have a quick fix, the most telling first. */
const FIXABLE = ['placeholder', 'link-text-empty', 'id-mismatch'];

/** Registers the walkthrough's step commands (activation events in package.json name them). */
export function registerWalkthroughSteps(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(WALKTHROUGH_COMMANDS.hover, async () => {
      const editor = await openSample(GERMAN, 104);
      if (editor) await vscode.commands.executeCommand('editor.action.showHover');
    }),
    vscode.commands.registerCommand(WALKTHROUGH_COMMANDS.counterpart, async () => {
      if (await openSample(GERMAN, 104)) await vscode.commands.executeCommand(COMMANDS.openCounterpart.id);
    }),
    vscode.commands.registerCommand(WALKTHROUGH_COMMANDS.preview, async () => {
      const editor = await openSample(GERMAN, 104);
      if (editor) await vscode.commands.executeCommand(COMMANDS.openPreviewToSide.id, editor.document.uri);
    }),
    vscode.commands.registerCommand(WALKTHROUGH_COMMANDS.quickFix, async () => {
      const editor = await openSample(ROMANIAN);
      if (!editor) return;
      const finding = await fixableFinding(editor.document.uri);
      if (!finding) return void vscode.window.showInformationMessage(WalkthroughStrings.noFinding);
      editor.selection = new vscode.Selection(finding.range.start, finding.range.start);
      editor.revealRange(finding.range, vscode.TextEditorRevealType.InCenter);
      await vscode.commands.executeCommand('editor.action.quickFix');
    }),
  );
}

/** Opens the sample file with the cursor in the translation of a segment (by number); offers to open the sample when it is not in the workspace. */
async function openSample(glob: string, segment?: number): Promise<vscode.TextEditor | undefined> {
  const [uri] = await vscode.workspace.findFiles(glob, '**/node_modules/**', 1);
  if (!uri) {
    const open = WalkthroughStrings.openSample;
    if ((await vscode.window.showInformationMessage(WalkthroughStrings.sampleNotOpen, open)) === open) await vscode.commands.executeCommand(OPEN_SAMPLE_COMMAND);
    return undefined;
  }
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  const tag = segment === undefined ? undefined : new RegExp(`data-ttu-id="[0-9a-f]+-${segment}">`).exec(editor.document.getText());
  if (tag) {
    // A few characters into the translation: the hover is on its words.
    const at = editor.document.positionAt(tag.index + tag[0].length + 3);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  }
  return editor;
}

/** The first sxs-docs finding of the file that carries a quick fix, once the server has checked it. */
async function fixableFinding(uri: vscode.Uri): Promise<vscode.Diagnostic | undefined> {
  const find = () => {
    const findings = vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
    for (const code of FIXABLE) {
      const found = findings.find((d) => (typeof d.code === 'object' ? d.code.value : d.code) === code);
      if (found) return found;
    }
    return undefined;
  };
  const now = find();
  if (now) return now;
  return new Promise((resolve) => {
    const done = (d: vscode.Diagnostic | undefined) => {
      clearTimeout(timer);
      listener.dispose();
      resolve(d);
    };
    const timer = setTimeout(() => done(undefined), QUICK_FIX_DEADLINE_MS);
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = find();
      if (d) done(d);
    });
  });
}
