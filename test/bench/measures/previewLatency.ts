import * as path from 'node:path';
import { largestMarkdownFile } from '../../support/corpus';
import type { PreviewTimes } from '../vscode/preview';
import { corpusMeasurement, percentile, type Figure } from '../measure';
import { runInWorkbench } from '../workbenchRun';

/** The sample the largest file is compared with: a document of a few dozen segments. */
const SAMPLE = 'samples/workspace/contoso-docs-pr.ro-RO/articles/sync-files.md';

/**
 * In the real VS Code (code-server in headless Chromium): the side-by-side preview of the
 * largest corpus file, from the command to all rows shown, and from an edit to the edited text
 * shown in the preview; beside the same for a sample document. Both files are copied to a
 * throwaway workspace outside the project (the edits are saved there), which is removed after.
 */
export const previewLatency = corpusMeasurement('preview', 'side-by-side preview of the largest corpus file in the real VS Code: opening, and an edit shown', async (context, corpus) => {
  const largest = largestMarkdownFile(corpus);
  const { result } = await runInWorkbench<PreviewTimes[]>(context, {
    name: 'preview',
    files: { 'largest.md': largest, 'sample.md': path.join(context.root, SAMPLE) },
    script: 'preview',
    env: { SXS_BENCH_FILES: JSON.stringify(['largest.md', 'sample.md']) },
    ms: 600_000,
  });
  const [large, small] = result;
  context.log(`preview: ${path.relative(corpus, largest)} (${large.segments} segments) and the sample (${small.segments} segments), ${large.editMs.length} edits each`);
  const sample = (label: string, value: number) => ({ label: `the sample, ${small.segments} segments, ${label}`, value });
  return [
    { key: 'preview.largest.openMs', label: `preview of the largest file: command to all ${large.segments} rows shown`, value: large.openMs, unit: 'ms', baseline: sample('same', small.openMs) },
    { key: 'preview.largest.editP50Ms', label: 'preview of the largest file: edit to its text shown, p50', value: percentile(large.editMs, 50), unit: 'ms', baseline: sample('p50', percentile(small.editMs, 50)) },
    { key: 'preview.largest.editMaxMs', label: 'preview of the largest file: edit to its text shown, slowest', value: percentile(large.editMs, 100), unit: 'ms', baseline: sample('slowest', percentile(small.editMs, 100)) },
  ] satisfies Figure[];
});
