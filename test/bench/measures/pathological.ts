import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CHECK_CONFIG } from '../../../server/src/core/config';
import { createLanguageService } from '../../../server/src/core/languageService';
import { fileUri, InMemoryWorkspace } from '../../support/inMemoryWorkspace';
import { frontMatter, lines, seg } from '../../support/sxs';
import type { Figure, Measurement } from '../measure';

/** A 40 KB segment text: link openers with no closing parenthesis (issue 17), or ordinary prose. */
const SIZE = 40_000;
const TEXTS = {
  pathological: '](x'.repeat(SIZE / 3),
  ordinary: 'Select [Settings](https://contoso.example/s) to see the page. '.repeat(SIZE / 62),
};

/** CPU time to index an English file and its translation, and check the translation with every rule. */
async function indexAndCheck(text: string): Promise<number> {
  const files = {
    '/ws/docs/a.md': lines('---', 'title: A', '---', `A ${text} B.`, ''),
    '/ws/docs-pr.ro-RO/a.md': frontMatter('ro-RO', 'HT') + lines(seg('e869d-103', `A ${text} C.`, `A ${text} B.`), ''),
  };
  const start = process.cpuUsage();
  const service = createLanguageService({ config: () => DEFAULT_CHECK_CONFIG, workspace: new InMemoryWorkspace(files, ['/ws']) });
  await service.index!.build();
  await service.findings(TextDocument.create(fileUri('/ws/docs-pr.ro-RO/a.md'), 'markdown', 1, files['/ws/docs-pr.ro-RO/a.md']));
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * A 40 KB document made to make backtracking patterns slow (it took 26 s to index before
 * issue 17), against an ordinary document of the same size, in the same run.
 */
export const pathological: Measurement = {
  name: 'pathological',
  description: 'indexing and checking a 40 KB pathological document, against an ordinary one of the same size',
  async run() {
    const best = async (text: string) => Math.min(await indexAndCheck(text), await indexAndCheck(text), await indexAndCheck(text));
    const ordinary = await best(TEXTS.ordinary);
    const slow = await best(TEXTS.pathological);
    return [
      { key: 'pathological.linkOpenersMs', label: "index and check 40 KB of '](' with no ')' (CPU time)", value: slow, unit: 'ms', baseline: { label: '40 KB of ordinary prose with links', value: ordinary } },
    ] satisfies Figure[];
  },
};
