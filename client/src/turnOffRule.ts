import * as vscode from 'vscode';
import { TurnOffRuleCommand } from '#protocol';

/**
 * Registers the command that the "Turn off the … rule" quick fix runs: it sets
 * `sxsDocs.rules.<code>` to "off" for the workspace folder of the document (or the
 * workspace, or the user settings when no folder is open).
 */
export function registerTurnOffRule(): vscode.Disposable {
  return vscode.commands.registerCommand(TurnOffRuleCommand.id, async (...args: TurnOffRuleCommand.Arguments) => {
    const [code, uri] = args;
    if (typeof code !== 'string' || !/^[\w.-]+$/.test(code)) return;
    const resource = typeof uri === 'string' ? vscode.Uri.parse(uri) : undefined;
    const folder = resource ? vscode.workspace.getWorkspaceFolder(resource) : undefined;
    const target = folder
      ? vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders.length > 1
        ? vscode.ConfigurationTarget.WorkspaceFolder
        : vscode.ConfigurationTarget.Workspace
      : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration('sxsDocs', resource).update(`rules.${code}`, 'off', target);
  });
}
