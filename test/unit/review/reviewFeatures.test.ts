import * as assert from 'node:assert/strict';
import { URI } from 'vscode-uri';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CHECK_CONFIG } from '../../../server/src/core/config';
import { createLanguageService, type LanguageService } from '../../../server/src/core/languageService';
import { parseReviewFile } from '../../../server/src/core/review/reviewFile';
import { reviewLocation } from '../../../server/src/core/review/reviewLocation';
import { fileUri, InMemoryWorkspace } from '../../support/inMemoryWorkspace';
import { layoutWorkspace, positionOf, type LayoutWorkspace } from '../../support/localeWorkspaces';

const REVIEW_FILE = '/ws/notes-pr.ro-RO/.sxs-review.jsonl';

/** The fixture's three locales (ro-RO stale, its 104 changed in the English), with review files written into the workspace. */
async function reviewed(fixture?: LayoutWorkspace): Promise<{ service: LanguageService; workspace: InMemoryWorkspace; writes: string[] }> {
  const f = fixture ?? (await layoutWorkspace('repos'));
  const workspace = new InMemoryWorkspace(f.files, f.folders);
  const writes: string[] = [];
  const service = createLanguageService({
    config: () => DEFAULT_CHECK_CONFIG,
    workspace,
    writeText: async (uri, text) => {
      writes.push(uri);
      workspace.write(URI.parse(uri).path, text, false);
    },
  });
  await service.index!.build();
  return { service, workspace, writes };
}

async function open(workspace: InMemoryWorkspace, path: string, text?: string, version = 1): Promise<TextDocument> {
  return TextDocument.create(fileUri(path), 'markdown', version, text ?? (await workspace.readText(fileUri(path)))!);
}

const RO = '/ws/notes-pr.ro-RO/guide/backup.md';
const DE = '/ws/notes-pr.de-DE/guide/backup.md';

describe('review: states of segments', () => {
  it('marks the changed segment of a stale MT file, and every MT segment, as needing review', async () => {
    const { service, workspace } = await reviewed();
    const review = await service.review!.documentReview(await open(workspace, RO));
    const changed = review.segments.filter((s) => s.changed).map((s) => s.label);
    assert.deepEqual(changed, ['104']);
    assert.ok(review.segments.every((s) => s.state === 'needs-review'));
    assert.deepEqual(review.counts, { segments: 8, approved: 0, changed: 1, toReview: 8 });
    // "Notes are kept in the cloud.": the English of the changed segment, as its lookup carries it.
    assert.equal(review.changedWords, 6);
    assert.equal(review.file, fileUri(REVIEW_FILE));
  });

  it('leaves an up-to-date HT file unreviewed, with nothing to review', async () => {
    const { service, workspace } = await reviewed();
    const review = await service.review!.documentReview(await open(workspace, DE));
    assert.ok(review.segments.every((s) => s.state === 'unreviewed' && !s.changed));
    assert.equal(review.counts.toReview, 0);
  });

  it('approves a segment into the review file of its locale repository, keyed by path and number', async () => {
    const { service, workspace } = await reviewed();
    const doc = await open(workspace, RO);
    const outcome = await service.review!.apply(doc, { kind: 'set-state', state: 'approved', segments: ['104'] }, 'ana', new Date('2026-12-01T10:00:00Z'));
    assert.deepEqual(outcome, { ok: true, changed: 1 });
    const file = parseReviewFile((await workspace.readText(fileUri(REVIEW_FILE)))!);
    assert.ok(file.ok);
    assert.deepEqual(file.records.map((r) => [r.path, r.segment, r.state, r.by, r.at]), [['guide/backup.md', '104', 'approved', 'ana', '2026-12-01T10:00:00.000Z']]);
    const review = await service.review!.documentReview(doc);
    assert.equal(review.segments.find((s) => s.label === '104')?.state, 'approved');
    assert.equal(review.counts.approved, 1);
  });

  it('lapses an approval when the translation is edited, keeping its comments', async () => {
    const { service, workspace } = await reviewed();
    const doc = await open(workspace, RO);
    await service.review!.apply(doc, { kind: 'comment', segment: '104', body: 'Check the verb.' }, 'ana');
    await service.review!.apply(doc, { kind: 'set-state', state: 'approved', segments: ['104'] }, 'ana');
    const edited = await open(workspace, RO, doc.getText().replace('[ro-RO] Notes are kept in the cloud.', 'Notele sunt în cloud.'), 2);
    const s104 = (await service.review!.documentReview(edited)).segments.find((s) => s.label === '104')!;
    assert.equal(s104.state, 'needs-review');
    assert.equal(s104.lapsed, true);
    assert.deepEqual(s104.record?.comments?.map((c) => c.body), ['Check the verb.']);
  });

  it('lapses an approval when the English is changed, and holds it through reflowed whitespace', async () => {
    const { service, workspace } = await reviewed();
    const doc = await open(workspace, DE);
    await service.review!.apply(doc, { kind: 'set-state', state: 'approved', segments: ['105', '106'] }, 'ana');
    const text = doc.getText().replace('You can also keep a copy on your device.</span>', 'You can keep a copy on your device.</span>').replace('[de-DE] Select', '[de-DE]  Select');
    const review = await service.review!.documentReview(await open(workspace, DE, text, 2));
    const state = (label: string) => review.segments.find((s) => s.label === label)!;
    assert.equal(state('105').state, 'unreviewed');
    assert.equal(state('105').lapsed, true);
    assert.equal(state('106').state, 'approved');
  });

  it('approves all unchanged segments, but not a changed one, an untranslated one or one with changes requested', async () => {
    const { service, workspace } = await reviewed();
    const base = await open(workspace, RO);
    const doc = await open(workspace, RO, base.getText().replace('[ro-RO] Daily', 'Daily'), 2);
    await service.review!.apply(doc, { kind: 'set-state', state: 'changes-requested', segments: ['106'] }, 'ana');
    const outcome = await service.review!.apply(doc, { kind: 'approve-unchanged' }, 'ana');
    assert.deepEqual(outcome, { ok: true, changed: 5 });
    const states = Object.fromEntries((await service.review!.documentReview(doc)).segments.map((s) => [s.label, s.state]));
    assert.deepEqual(states, { 103: 'approved', 104: 'needs-review', 105: 'approved', 106: 'changes-requested', 107: 'approved', 108: 'approved', 109: 'needs-review', 110: 'approved' });
  });

  it('reports a corrupt review file, never writes over it, and reads no states from it', async () => {
    const { service, workspace, writes } = await reviewed();
    const corrupt = '{"sxsReview":1}\n<<<<<<< HEAD\n';
    workspace.write(REVIEW_FILE, corrupt, false);
    const doc = await open(workspace, RO);
    const outcome = await service.review!.apply(doc, { kind: 'set-state', state: 'approved', segments: ['104'] }, 'ana');
    assert.equal(outcome.ok, false);
    assert.match(outcome.ok ? '' : outcome.message, /\.sxs-review\.jsonl is not valid at line 2: not a JSON object\. It was left as it is/);
    assert.deepEqual(writes, []);
    assert.equal(await workspace.readText(fileUri(REVIEW_FILE)), corrupt);
    const review = await service.review!.documentReview(doc);
    assert.match(review.problem ?? '', /line 2/);
  });

  it('keeps the records of other documents when it writes', async () => {
    const { service, workspace } = await reviewed();
    const other = JSON.stringify({ path: 'guide/other.md', segment: '201', state: 'approved', english: '0000000000000000', translation: '1111111111111111' });
    workspace.write(REVIEW_FILE, `{"sxsReview":1}\n${other}\n`, false);
    await service.review!.apply(await open(workspace, RO), { kind: 'set-state', state: 'approved', segments: ['104'] }, 'ana');
    const lines = (await workspace.readText(fileUri(REVIEW_FILE)))!.trim().split('\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[2], other);
  });

  it('runs updates of one file one after another, losing none', async () => {
    const { service, workspace } = await reviewed();
    const doc = await open(workspace, RO);
    await Promise.all(['103', '104', '105', '106'].map((label) => service.review!.apply(doc, { kind: 'set-state', state: 'approved', segments: [label] }, 'ana')));
    const file = parseReviewFile((await workspace.readText(fileUri(REVIEW_FILE)))!);
    assert.deepEqual(file.ok && file.records.map((r) => r.segment), ['103', '104', '105', '106']);
  });
});

describe('review: the next segment needing attention', () => {
  it('goes to the changed segment, then round; an approval takes it out', async () => {
    const { service, workspace } = await reviewed();
    const doc = await open(workspace, RO);
    const start = { line: 0, character: 0 };
    const first = await service.review!.findAttention(doc, start, 'next', ['changed']);
    assert.equal(first?.segment.id, 'eeee1-104');
    assert.deepEqual(first?.reasons, ['changed']);
    assert.equal(first?.total, 1);
    await service.review!.apply(doc, { kind: 'set-state', state: 'approved', segments: ['104'] }, 'ana');
    assert.equal(await service.review!.findAttention(doc, start, 'next', ['changed']), undefined);
  });

  it('filters by reason: untranslated only, previous from the end', async () => {
    const { service, workspace } = await reviewed();
    const base = await open(workspace, DE);
    const text = base.getText().replace('[de-DE] Option', 'Option').replace('[de-DE] Meaning', '');
    const doc = await open(workspace, DE, text, 2);
    const end = doc.positionAt(text.length);
    const found = await service.review!.findAttention(doc, end, 'previous', ['untranslated']);
    assert.equal(found?.segment.id, 'dddd1-108');
    assert.equal(found?.total, 2);
    assert.equal(await service.review!.findAttention(doc, end, 'previous', ['changed']), undefined);
  });
});

describe('review: Copy English into Translation', () => {
  it('replaces the translation of the segment at the cursor with its English', async () => {
    const { service, workspace } = await reviewed();
    const doc = await open(workspace, DE);
    const edit = service.copyEnglish(doc, positionOf(doc.getText(), '[de-DE] Select', 3));
    assert.equal(edit?.id, 'dddd1-106');
    assert.equal(edit?.newText, 'Select **Settings** > **Backup**.');
    assert.equal(doc.getText(edit!.range), '[de-DE] Select **Settings** > **Backup**.');
    assert.equal(service.copyEnglish(doc, { line: 1, character: 0 }), undefined);
  });
});

describe('review: where the review file is', () => {
  const folders = [fileUri('/ws')];
  for (const [layout, path, file, rel] of [
    ['a locale repository', '/ws/notes-pr.de-DE/guide/a.md', '/ws/notes-pr.de-DE/.sxs-review.jsonl', 'guide/a.md'],
    ['a locale folder', '/ws/docs/de-de/guide/a.md', '/ws/docs/de-de/.sxs-review.jsonl', 'guide/a.md'],
    ['locale suffixes', '/ws/guide/a.de-DE.md', '/ws/.sxs-review.jsonl', 'guide/a.de-DE.md'],
    ['a path with no locale', '/ws/guide/a b.md', '/ws/.sxs-review.jsonl', 'guide/a b.md'],
  ] as const) {
    it(`for ${layout}`, () => {
      assert.deepEqual(reviewLocation(fileUri(path), folders), { file: fileUri(file), path: rel });
    });
  }

  it('for a workspace opened on a folder inside the locale repository', () => {
    assert.deepEqual(reviewLocation(fileUri('/loc/notes-pr.de-DE/guide/a.md'), [fileUri('/loc/notes-pr.de-DE/guide')]), { file: fileUri('/loc/notes-pr.de-DE/.sxs-review.jsonl'), path: 'guide/a.md' });
  });

  it('for a workspace opened on the locale repository itself', () => {
    assert.deepEqual(reviewLocation(fileUri('/loc/notes-pr.de-DE/guide/a.md'), [fileUri('/loc/notes-pr.de-DE')]), { file: fileUri('/loc/notes-pr.de-DE/.sxs-review.jsonl'), path: 'guide/a.md' });
  });
});

describe('review: checking the whole workspace', () => {
  it('gives every translated file its diagnostics and figures, and stops when cancelled', async () => {
    const { service } = await reviewed();
    const seen: string[] = [];
    const all = await service.checkWorkspace(undefined, { isCancellationRequested: false }, (file, diagnostics) => seen.push(`${file.locale} ${file.segments} ${file.changed} ${diagnostics.length === file.findings}`));
    assert.deepEqual(all, { checked: 3, total: 3, cancelled: false });
    assert.deepEqual(seen, ['de-DE 8 0 true', 'fi-FI 7 0 true', 'ro-RO 8 1 true']);
    const token = { isCancellationRequested: false };
    const one = await service.checkWorkspace(undefined, token, () => (token.isCancellationRequested = true));
    assert.deepEqual(one, { checked: 1, total: 3, cancelled: true });
    const ro = await service.checkWorkspace('ro-ro', { isCancellationRequested: false }, () => undefined);
    assert.deepEqual(ro, { checked: 1, total: 1, cancelled: false });
  });
});
