import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { TextDocumentSyncKind, type Position } from 'vscode-languageserver-protocol';
import { IndexProgressNotification } from '#protocol';
import { largestMarkdownFile } from '../../support/corpus';
import { TestClient } from '../../support/lspClient';
import { DEFAULT_CHECK_CONFIG } from '../../../server/src/core/config';
import { parse } from '../../../server/src/core/parse/parse';
import { checkDocument } from '../../../server/src/core/rules/check';
import { SegmentFindingsMemo } from '../../../server/src/core/rules/segmentMemo';
import { corpusMeasurement, percentile, type Figure } from '../measure';

const EDITS = 60;

/** The position of an offset in a text, in UTF-16 code units as LSP counts them by default. */
function positionAt(text: string, offset: number): Position {
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return { line, character: offset - (text.lastIndexOf('\n', offset - 1) + 1) };
}

/**
 * Times from a one-character edit to the diagnostics of that version, as the editor sees them.
 * With `incremental` (the server asks for `TextDocumentSyncKind.Incremental`), each change is
 * sent as VS Code sends it: the range typed over and its new text, not the whole document.
 */
async function editTimes(client: TestClient, uri: string, text: string, incremental: boolean): Promise<number[]> {
  await client.open(uri, text);
  await client.waitForDiagnostics(uri, (_d, v) => v === 1, 60_000);
  // Type a character into a translation, and take it out again, alternately.
  const at = text.indexOf('">', text.indexOf('data-ttu-id=')) + 2;
  const start = positionAt(text, at);
  const after = { line: start.line, character: start.character + 1 };
  const times: number[] = [];
  let version = 1;
  for (let i = 0; i < EDITS; i++) {
    version++;
    const typing = i % 2 === 0;
    const started = performance.now();
    if (incremental) await client.changeRanges(uri, version, [typing ? { range: { start, end: start }, text: 'x' } : { range: { start, end: after }, text: '' }]);
    else await client.change(uri, typing ? `${text.slice(0, at)}x${text.slice(at)}` : text, version);
    const expected = version;
    await client.waitForDiagnostics(uri, (_d, v) => v === expected, 30_000);
    if (i >= 5) times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/** The same edit's check in the core, in the process's CPU time (a shared machine's load does not count in it). */
function coreTimes(file: string, text: string): { reusing: number[]; whole: number[] } {
  const at = text.indexOf('">', text.indexOf('data-ttu-id=')) + 2;
  const edited = `${text.slice(0, at)}x${text.slice(at)}`;
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const memo = new SegmentFindingsMemo();
  const reusing: number[] = [];
  const whole: number[] = [];
  checkDocument(parse(text), DEFAULT_CHECK_CONFIG, { path: file, reuse: memo });
  // Alternating, each a parse and a check: reusing the findings of the previous version's segments, and of every segment afresh.
  for (let i = 0; i < EDITS; i++) {
    const next = i % 2 === 0 ? edited : text;
    let t = cpu();
    checkDocument(parse(next), DEFAULT_CHECK_CONFIG, { path: file, reuse: memo });
    if (i >= 5) reusing.push(cpu() - t);
    t = cpu();
    checkDocument(parse(next), DEFAULT_CHECK_CONFIG, { path: file });
    if (i >= 5) whole.push(cpu() - t);
  }
  const sort = (xs: number[]) => xs.sort((a, b) => a - b);
  return { reusing: sort(reusing), whole: sort(whole) };
}

/**
 * Edit-to-diagnostics latency in the largest corpus file (with the locale index of the corpus
 * built and learned from, as in the editor once it has settled), beside the same on a one-segment document in the same server.
 */
export const editLatency = corpusMeasurement('edit', 'edit-to-diagnostics latency after a one-character edit, largest corpus file', async (context, corpus) => {
  const largest = largestMarkdownFile(corpus);
  context.log(`edit: ${path.relative(corpus, largest)} (${(fs.statSync(largest).size / 1024).toFixed(0)} KB), ${EDITS} edits`);
  const core = coreTimes(largest, fs.readFileSync(largest, 'utf8'));
  const coreFigures = [50, 99].map(
    (p): Figure => ({
      key: `edit.core.p${p}Ms`,
      label: `edit to findings in the core (CPU time, no index), p${p}`,
      value: percentile(core.reusing, p),
      unit: 'ms',
      baseline: { label: `checking every segment again, p${p}`, value: percentile(core.whole, p) },
    }),
  );
  const client = new TestClient(undefined, context.serverNodeArgs);
  try {
    // Ready, then learned: edits while the index still learns (the first ten seconds or so) share the thread with it.
    const learned = client.waitForNotification(IndexProgressNotification.type, (p) => p.state === 'ready' && p.learned === true, 300_000);
    const { capabilities } = await client.initialize({ workspace: { configuration: true } }, undefined, [URI.file(corpus).toString()]);
    // VS Code sends what the server asks for; this server asks for incremental changes, and a test holds it to that.
    const sync = capabilities.textDocumentSync;
    const incremental = (typeof sync === 'number' ? sync : sync?.change) === TextDocumentSyncKind.Incremental;
    context.log(`edit: the server asks for ${incremental ? 'incremental changes: each edit is sent as its range and new text' : 'whole texts: each edit is sent as the whole document'}, as VS Code sends it`);
    await learned;
    const large = await editTimes(client, URI.file(largest).toString(), fs.readFileSync(largest, 'utf8'), incremental);
    const small = await editTimes(client, 'untitled:one-segment.md', '---\nms.contentlocale: de-DE\n---\n<span data-ttu-id="aaaaa-101">Eins</span><span class="sxs-lookup"><span data-stu-id="aaaaa-101">One</span></span>\n', incremental);
    const baseline = (p: number) => ({ label: `a one-segment document, p${p}`, value: percentile(small, p) });
    return [
      { key: 'edit.largest.p50Ms', label: 'edit to diagnostics, largest corpus file, p50', value: percentile(large, 50), unit: 'ms', baseline: baseline(50) },
      { key: 'edit.largest.p99Ms', label: 'edit to diagnostics, largest corpus file, p99', value: percentile(large, 99), unit: 'ms', baseline: baseline(99), budget: { max: 30, text: '≤ 30 ms' } },
      ...coreFigures,
    ] satisfies Figure[];
  } catch (e) {
    // A machine loaded enough that the index is not built in time still has the core's figures, measured in CPU time.
    context.log(`edit: the server's figures failed (${e instanceof Error ? e.message : String(e)}); the core's alone`);
    return coreFigures;
  } finally {
    await client.stop();
  }
});
