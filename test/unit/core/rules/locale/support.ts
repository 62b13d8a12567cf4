import type { Diagnostic } from 'vscode-languageserver-types';
import type { LanguageService } from '../../../../../server/src/core/languageService';
import type { InMemoryWorkspace } from '../../../../support/inMemoryWorkspace';
import { documentOf } from '../../../../support/localeWorkspaces';

/** A diagnostic whose message is plain text (as the checks write them). */
export type Finding = Diagnostic & { message: string };

/** The diagnostics of one code that the service publishes for a file of the workspace. */
export async function findings(service: LanguageService, workspace: InMemoryWorkspace, path: string, code: string): Promise<Finding[]> {
  const doc = await documentOf(workspace, path);
  return (await service.diagnostics(doc)).filter((d) => d.code === code).map((d) => ({ ...d, message: typeof d.message === 'string' ? d.message : d.message.value }));
}

/** The line of the text where `needle` first occurs. */
export function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length - 1;
}
