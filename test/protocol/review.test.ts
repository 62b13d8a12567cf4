import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DidCloseTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { sourceFileHash } from '../../server/src/core/index/hashing';
import {
  ApproveAndNextRequest,
  CheckWorkspaceProgressNotification,
  CheckWorkspaceRequest,
  CopyEnglishRequest,
  FindAttentionRequest,
  ReviewRequest,
  ReviewStatesRequest,
  TranslatedLocalesRequest,
} from '#protocol';
import { tempTree } from '../support/cliRunner';
import { ENGLISH, version } from '../support/localeFixtures';
import { OLD_104, OLD_HASH } from '../support/localeWorkspaces';
import { TestClient, testClients } from '../support/lspClient';

const RO = 'notes-pr.ro-RO/guide/backup.md';
const DE = 'notes-pr.de-DE/guide/backup.md';

/** The English source, a current de-DE (HT) and a stale ro-RO (MT) whose 104 was translated from older English. */
async function workspace(): Promise<string> {
  const hash = await sourceFileHash(ENGLISH);
  return tempTree({
    'notes/guide/backup.md': ENGLISH,
    [DE]: version({ locale: 'de-DE', hash, prefix: 'dddd1' }),
    [RO]: version({ locale: 'ro-RO', hash: OLD_HASH, prefix: 'eeee1', type: 'MT', english: { 104: OLD_104 } }),
  });
}


function positionOf(text: string, needle: string): { line: number; character: number } {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('protocol: review', () => {
  const newClient = testClients();
  let client: TestClient;
  const indexed = async (root: string): Promise<TestClient> => {
    const started = newClient();
    await started.initializeIndexed(root);
    return started;
  };

  it('answers the review states, approves into the review file on disk, and moves to the next segment needing attention', async () => {
    const root = await workspace();
    client = await indexed(root);
    const { uri } = await client.openFile(path.join(root, RO));
    const textDocument = { uri };
    const states = await client.connection.sendRequest(ReviewStatesRequest.type, { textDocument });
    assert.deepEqual(states?.counts, { segments: 8, approved: 0, changed: 1, toReview: 8 });
    assert.equal(states?.file, URI.file(path.join(root, 'notes-pr.ro-RO', '.sxs-review.jsonl')).toString());
    const s104 = states?.segments.find((s) => s.label === '104');
    assert.deepEqual(s104 && [s104.id, s104.state, s104.changed, s104.reasons], ['eeee1-104', 'needs-review', true, ['changed', 'finding', 'unreviewed']]);

    const changed = await client.connection.sendRequest(FindAttentionRequest.type, { textDocument, position: { line: 0, character: 0 }, direction: 'next', kinds: ['changed'] });
    assert.equal(changed?.id, 'eeee1-104');

    const next = await client.connection.sendRequest(ApproveAndNextRequest.type, { textDocument, position: changed!.range.start, by: 'ana' });
    assert.equal(next.ok, true);
    assert.equal(next.approved, 'eeee1-104');
    assert.equal(next.next?.id, 'eeee1-105');
    const written = fs.readFileSync(path.join(root, 'notes-pr.ro-RO', '.sxs-review.jsonl'), 'utf8').trim().split('\n');
    assert.equal(written[0], '{"sxsReview":1}');
    assert.deepEqual(JSON.parse(written[1]).segment, '104');
    assert.equal(JSON.parse(written[1]).by, 'ana');

    const after = await client.connection.sendRequest(ReviewStatesRequest.type, { textDocument });
    assert.deepEqual(after?.counts, { segments: 8, approved: 1, changed: 1, toReview: 7 });
    assert.equal(await client.connection.sendRequest(FindAttentionRequest.type, { textDocument, position: { line: 0, character: 0 }, direction: 'next', kinds: ['changed'] }), null);

    const comment = await client.connection.sendRequest(ReviewRequest.type, { textDocument, action: { kind: 'comment', segment: '106', body: 'Keep **Settings** in English.' }, by: 'ana' });
    assert.deepEqual(comment, { ok: true, changed: 1 });
    const s106 = (await client.connection.sendRequest(ReviewStatesRequest.type, { textDocument }))?.segments.find((s) => s.label === '106');
    assert.deepEqual(s106?.comments.map((c) => [c.by, c.body]), [['ana', 'Keep **Settings** in English.']]);
  });

  it('refuses to write over a review file it cannot read, and says where', async () => {
    const root = await workspace();
    const file = path.join(root, 'notes-pr.ro-RO', '.sxs-review.jsonl');
    fs.writeFileSync(file, '{"sxsReview":1}\n{"path":"guide/backup.md"\n');
    client = await indexed(root);
    const { uri } = await client.openFile(path.join(root, RO));
    const outcome = await client.connection.sendRequest(ReviewRequest.type, { textDocument: { uri }, action: { kind: 'approve-unchanged' }, by: 'ana' });
    assert.equal(outcome.ok, false);
    assert.match(outcome.message ?? '', /is not valid at line 2: not a JSON object/);
    assert.equal(fs.readFileSync(file, 'utf8'), '{"sxsReview":1}\n{"path":"guide/backup.md"\n');
    const states = await client.connection.sendRequest(ReviewStatesRequest.type, { textDocument: { uri } });
    assert.match(states?.problem ?? '', /line 2/);
  });

  it('gives the edit that copies the English into the translation', async () => {
    const root = await workspace();
    client = await indexed(root);
    const { uri, text } = await client.openFile(path.join(root, DE));
    const result = await client.connection.sendRequest(CopyEnglishRequest.type, { textDocument: { uri }, position: positionOf(text, '[de-DE] Daily') });
    assert.equal(result?.id, 'dddd1-109');
    assert.equal(result?.version, 1);
    assert.equal(result?.edit.newText, 'Daily');
    const lines = text.split('\n');
    const r = result!.edit.range;
    assert.equal(lines[r.start.line].slice(r.start.character, r.end.character), '[de-DE] Daily');
  });

  it('checks the workspace into diagnostics of files that are not open, with progress, by locale', async () => {
    const root = await workspace();
    client = await indexed(root);
    assert.deepEqual(await client.connection.sendRequest(TranslatedLocalesRequest.type), [{ locale: 'de-DE', files: 1 }, { locale: 'ro-RO', files: 1 }]);
    const progress: CheckWorkspaceProgressNotification.Params[] = [];
    const done = client.waitForNotification(CheckWorkspaceProgressNotification.type, (p) => (progress.push(p), p.done === p.total));
    const roUri = URI.file(path.join(root, RO)).toString();
    const diagnostics = client.waitForDiagnostics(roUri, (d) => d.some((x) => x.code === 'stale-translation'));
    const result = await client.connection.sendRequest(CheckWorkspaceRequest.type, {});
    await done;
    assert.equal(result.checked, 2);
    assert.equal(result.cancelled, false);
    assert.deepEqual(result.files.map((f) => [f.locale, f.translationType, f.segments, f.changed]), [['de-DE', 'HT', 8, 0], ['ro-RO', 'MT', 8, 1]]);
    assert.deepEqual(progress.map((p) => `${p.done}/${p.total} ${p.file.locale}`), ['1/2 de-DE', '2/2 ro-RO']);
    assert.ok((await diagnostics).length > 0);
    const one = await client.connection.sendRequest(CheckWorkspaceRequest.type, { locale: 'de-DE' });
    assert.deepEqual(one.files.map((f) => f.locale), ['de-DE']);

    // Opened and closed, a checked file keeps its findings (read again from disk) instead of losing them.
    const text = fs.readFileSync(path.join(root, RO), 'utf8');
    await client.open(roUri, text, 7);
    await client.waitForDiagnostics(roUri, (_d, v) => v === 7);
    const reread = client.waitForDiagnostics(roUri, (d, v) => v === undefined && d.some((x) => x.code === 'stale-translation'));
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: roUri } });
    assert.ok((await reread).length > 0);
  });
});
