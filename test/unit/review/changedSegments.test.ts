import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { currentEnglishOfVersion, segmentChanges } from '../../../server/src/core/changes/segmentChanges';
import { parse } from '../../../server/src/core/parse/parse';
import { changedSegments } from '../../../server/src/core/review/changedSegments';
import { fileUri } from '../../support/inMemoryWorkspace';
import { indexedService, layoutWorkspace } from '../../support/localeWorkspaces';

/** A translation whose segments 103, 104, … carry these English lookups. */
function translation(lookups: readonly string[], prefix: string): string {
  const body = lookups.map((english, i) => `<span data-ttu-id="${prefix}-${103 + i}">[de] ${english}</span><span class="sxs-lookup"><span data-stu-id="${prefix}-${103 + i}">${english}</span></span>`).join('\n\n');
  return `---\nms.contentlocale: de-DE\nms.translationtype: MT\n---\n${body}\n`;
}

function changedOf(old: readonly string[], now: readonly string[]): number[] {
  const alignment = segmentChanges(parse(translation(old, 'aaaa1')), currentEnglishOfVersion('file:///newer.md', 'fi-FI', parse(translation(now, 'bbbb1'))));
  return [...changedSegments(alignment)].sort((a, b) => a - b);
}

describe('review: the changed segments, read from the alignment of the English', () => {
  it('takes the segments whose English changed or was removed', () => {
    const old = ['Open the app.', 'Go to the admin center to buy subscriptions.', 'This step is no longer needed.', 'Sign in again.'];
    const now = ['Open the app.', 'Go to the Microsoft 365 admin center to buy subscriptions.', 'Sign in again.'];
    assert.deepEqual(changedOf(old, now), [1, 2]);
  });

  it('takes no segment for a sentence added in front, one that moved, or one that differs only in white space and quotes', () => {
    const old = ['Open the app.', 'Select “Settings”.', 'Your admin creates the mailbox.', 'Sign in again.'];
    const now = ['Make sure you are online.', 'Open  the app.', 'Select "Settings".', 'Sign in again.', 'Your admin creates the mailbox.'];
    assert.deepEqual(changedOf(old, now), []);
  });

  it('takes nothing without an alignment (no English newer than the translation)', () => {
    assert.deepEqual([...changedSegments(undefined)], []);
  });

  it('review marks the same segments changed as the alignment the editor shows', async () => {
    // No English source: the stale ro-RO version is aligned with the newest version's lookups.
    const fixture = await layoutWorkspace('repos', false);
    const { service, workspace } = await indexedService(fixture);
    const path = fixture.paths['ro-RO'];
    const doc = TextDocument.create(fileUri(path), 'markdown', 1, (await workspace.readText(fileUri(path)))!);
    const alignment = await service.segmentChanges(doc);
    const review = await service.review!.documentReview(doc);
    const expected = alignment!.segments.filter((s) => s.state !== 'unchanged').map((s) => s.index);
    assert.deepEqual(expected.map((i) => review.segments.find((r) => r.index === i)?.label), ['104']);
    assert.deepEqual(review.segments.filter((s) => s.changed).map((s) => s.index), expected);
  });

  it('review marks nothing changed in a version as new as any, whose lookups differ from another version of the same English', async () => {
    // de-DE and fi-FI share a hash: a lookup that differs between them is no newer English (source-drift says so, review does not).
    const fixture = await layoutWorkspace('repos', false);
    const path = fixture.paths['de-DE'];
    fixture.files[path] = fixture.files[path].replace(/(data-stu-id="dddd1-110">)A copy is made every day\./, '$1A copy is made each day.');
    assert.match(fixture.files[path], /A copy is made each day\./);
    const { service, workspace } = await indexedService(fixture);
    const doc = TextDocument.create(fileUri(path), 'markdown', 1, (await workspace.readText(fileUri(path)))!);
    assert.equal(await service.segmentChanges(doc), undefined);
    const review = await service.review!.documentReview(doc);
    assert.deepEqual(review.segments.filter((s) => s.changed).map((s) => s.label), []);
  });
});
