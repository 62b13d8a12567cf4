import * as assert from 'node:assert/strict';
import { fileUri } from '../../../../support/inMemoryWorkspace';
import { ENGLISH, SENTENCES, version } from '../../../../support/localeFixtures';
import { indexedService, layoutWorkspace, OLD_104, OLD_HASH } from '../../../../support/localeWorkspaces';
import { findings, lineOf } from './support';

describe('rule stale-translation', () => {
  it('with the English source: flags ms.openlocfilehash that is not the English file’s hash, naming the changed segment and its new English', async () => {
    const fixture = await layoutWorkspace('repos');
    const { service, workspace } = await indexedService(fixture);
    const [stale, ...more] = await findings(service, workspace, fixture.paths['ro-RO'], 'stale-translation');
    assert.equal(more.length, 0);
    assert.equal(stale.range.start.line, lineOf(fixture.files[fixture.paths['ro-RO']], OLD_HASH));
    assert.match(stale.message, /Segments whose English changed: 104\./);
    // One related location per changed segment, in this file, with its English now.
    assert.deepEqual(
      stale.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line, r.message]),
      [[fileUri(fixture.paths['ro-RO']), lineOf(fixture.files[fixture.paths['ro-RO']], OLD_104), `Segment 104 now reads: “${SENTENCES[104]}”`]],
    );
    assert.deepEqual(await findings(service, workspace, fixture.paths['de-DE'], 'stale-translation'), []);
  });

  it('with the English source: flags a changed hash even when no segment’s English changed', async () => {
    const fixture = await layoutWorkspace('repos');
    fixture.files[fixture.paths['de-DE']] = version({ locale: 'de-DE', hash: OLD_HASH });
    const { service, workspace } = await indexedService(fixture);
    const [stale] = await findings(service, workspace, fixture.paths['de-DE'], 'stale-translation');
    assert.match(stale.message, /outside the translated segments/);
  });

  it('without the English source: flags a version older than another whose English differs, and shows the newer English', async () => {
    const fixture = await layoutWorkspace('repos', false);
    const { service, workspace } = await indexedService(fixture);
    const [stale] = await findings(service, workspace, fixture.paths['ro-RO'], 'stale-translation');
    assert.match(stale.message, /older than the de-DE version \(handed off 03\/20\/2024; this one 01\/10\/2024\), whose English differs in segments 104\./);
    assert.deepEqual(
      stale.relatedInformation?.map((r) => r.message),
      [`Segment 104 now reads: “${SENTENCES[104]}”`],
    );
    assert.deepEqual(await findings(service, workspace, fixture.paths['de-DE'], 'stale-translation'), []);
  });

  it('without the English source: says so when the newer English only adds sentences, listing no segments', async () => {
    const fixture = await layoutWorkspace('repos', false);
    fixture.files[fixture.paths['ro-RO']] = version({ locale: 'ro-RO', hash: OLD_HASH, handoff: '01/10/2024', omit: [105] });
    const { service, workspace } = await indexedService(fixture);
    const [stale] = await findings(service, workspace, fixture.paths['ro-RO'], 'stale-translation');
    assert.equal(
      stale.message,
      'This translation is older than the de-DE version (handed off 03/20/2024; this one 01/10/2024), whose English has sentences that no segment here has.\nOne English sentence was added that no segment has.',
    );
    assert.deepEqual(stale.relatedInformation?.map((r) => r.message), [`Added to the English: “${SENTENCES[105]}”`]);
  });

  it('without the English source: says nothing when only the hash differs, or the English differs only in whitespace, link placement or locale folders', async () => {
    const fixture = await layoutWorkspace('repos', false);
    fixture.files[fixture.paths['ro-RO']] = version({ locale: 'ro-RO', hash: OLD_HASH, handoff: '01/10/2024', english: { 106: 'Select  **Settings**\u00a0> **Backup**.' } });
    const { service, workspace } = await indexedService(fixture);
    assert.deepEqual(await findings(service, workspace, fixture.paths['ro-RO'], 'stale-translation'), []);
  });

  it('updates when the English file changes', async () => {
    const fixture = await layoutWorkspace('repos');
    const { service, workspace } = await indexedService(fixture);
    assert.deepEqual(await findings(service, workspace, fixture.paths['de-DE'], 'stale-translation'), []);
    workspace.write(fixture.paths['en-US'], ENGLISH.replace('every day', 'every hour'));
    await service.index!.whenIdle();
    const [stale] = await findings(service, workspace, fixture.paths['de-DE'], 'stale-translation');
    assert.deepEqual(
      stale.relatedInformation?.map((r) => r.message),
      ['Segment 110 now reads: “A copy is made every hour.”'],
    );
  });
});

describe('cross-locale checks turned off', () => {
  it('reads no other version when every cross-locale rule is off', async () => {
    const fixture = await layoutWorkspace('repos');
    const off = { rules: { 'stale-translation': 'off', 'source-drift': 'off', 'missing-segment': 'off', 'inconsistent-translation': 'off', 'name-kept-elsewhere': 'off', 'name-translated': 'off' } } as const;
    const { service, workspace } = await indexedService(fixture, off);
    const reads = workspace.reads.length;
    assert.deepEqual(await findings(service, workspace, fixture.paths['ro-RO'], 'stale-translation'), []);
    // One read: the document itself, which the test opens from the workspace.
    assert.equal(workspace.reads.length, reads + 1);
  });
});
