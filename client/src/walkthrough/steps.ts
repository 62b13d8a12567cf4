import * as vscode from 'vscode';
import { OPEN_SAMPLE_COMMAND } from './sampleWorkspace';
import { WalkthroughStrings } from './strings';

/** The walkthrough's "try it" commands: each opens the sample file at the right place and shows the feature. */
export const WALKTHROUGH_COMMANDS = {
  hover: 'sxsDocs.walkthrough.hover',
  counterpart: 'sxsDocs.walkthrough.counterpart',
  preview: 'sxsDocs.walkthrough.preview',
  quickFix: 'sxsDocs.walkthrough.quickFix',
} as const;

/** The sample's German and Romanian versions of the one document. */
const GERMAN = '**/contoso-docs-pr.de-DE/articles/sync-files.md';
const ROMANIAN = '**/contoso-docs-pr.ro-RO/articles/sync-files.md';
const QUICK_FIX_DEADLINE_MS = 10_000;

/** Registers the walkthrough's step commands (activation events in package.json name them). */
export function registerWalkthroughSteps(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(WALKTHROUGH_COMMANDS.hover, async () => {
      const editor = await openSample(GERMAN, 'e869d-104');
      if (editor) await vscode.commands.executeCommand('editor.action.showHover');
    }),
    vscode.commands.registerCommand(WALKTHROUGH_COMMANDS.counterpart, async () => {
      if (await openSample(GERMAN, 'e869d-104')) await vscode.commands.executeCommand('sxsDocs.openCounterpart');
    }),
    vscode.commands.registerCommand(WALKTHROUGH_COMMANDS.preview, async () => {
      const editor = await openSample(GERMAN, 'e869d-104');
      if (editor) await vscode.commands.executeCommand('sxsDocs.openPreviewToSide', editor.document.uri);
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

/** Opens the sample file with the cursor in the translation of a segment; offers to open the sample when it is not in the workspace. */
async function openSample(glob: string, segment?: string): Promise<vscode.TextEditor | undefined> {
  const [uri] = await vscode.workspace.findFiles(glob, '**/node_modules/**', 1);
  if (!uri) {
    const open = WalkthroughStrings.openSample;
    if ((await vscode.window.showInformationMessage(WalkthroughStrings.sampleNotOpen, open)) === open) await vscode.commands.executeCommand(OPEN_SAMPLE_COMMAND);
    return undefined;
  }
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  if (segment) {
    const text = editor.document.getText();
    const tag = text.indexOf(`data-ttu-id="${segment}">`);
    if (tag !== -1) {
      // A few characters into the translation: the hover is on its words.
      const at = editor.document.positionAt(tag + `data-ttu-id="${segment}">`.length + 3);
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
    }
  }
  return editor;
}

/** The first sxs-docs finding of the file that carries a quick fix, once the server has checked it. */
async function fixableFinding(uri: vscode.Uri): Promise<vscode.Diagnostic | undefined> {
  const find = () => vscode.languages.getDiagnostics(uri).find((d) => d.source === 'sxs-docs' && (d.code === 'placeholder' || d.code === 'link-text-empty' || d.code === 'id-mismatch'));
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
