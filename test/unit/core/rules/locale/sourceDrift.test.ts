import * as assert from 'node:assert/strict';
import { fileUri } from '../../../../support/inMemoryWorkspace';
import { SENTENCES, version } from '../../../../support/localeFixtures';
import { indexedService, layoutWorkspace, OLD_104, OLD_HASH } from '../../../../support/localeWorkspaces';
import { findings, lineOf } from './support';

describe('rule source-drift', () => {
  it('marks each segment of a stale translation whose English changed, with the English source’s new text', async () => {
    const fixture = await layoutWorkspace('repos');
    const { service, workspace } = await indexedService(fixture);
    const drift = await findings(service, workspace, fixture.paths['ro-RO'], 'source-drift');
    assert.equal(drift.length, 1);
    assert.equal(drift[0].range.start.line, lineOf(fixture.files[fixture.paths['ro-RO']], OLD_104));
    assert.equal(drift[0].message, `The English of segment 104 has changed since this translation was made. The English source now reads: “${SENTENCES[104]}”`);
    assert.equal(drift[0].relatedInformation?.[0].location.uri, fileUri(fixture.paths['en-US']));
  });

  it('marks an English lookup edited in an up-to-date translation', async () => {
    const fixture = await layoutWorkspace('repos');
    const text = fixture.files[fixture.paths['de-DE']].replace(`>${SENTENCES[109]}</span></span>`, '>Weekly</span></span>');
    fixture.files[fixture.paths['de-DE']] = text;
    const { service, workspace } = await indexedService(fixture);
    const drift = await findings(service, workspace, fixture.paths['de-DE'], 'source-drift');
    assert.deepEqual(
      drift.map((d) => d.message),
      [`The English lookup of segment 109 differs from the English source, which reads: “${SENTENCES[109]}”`],
    );
  });

  it('without the English source, compares with the versions made from the same English', async () => {
    const fixture = await layoutWorkspace('repos', false);
    const text = fixture.files[fixture.paths['de-DE']].replace(`>${SENTENCES[106]}</span></span>`, '>Select **Settings**.</span></span>');
    fixture.files[fixture.paths['de-DE']] = text;
    const hash = text.match(/openlocfilehash: (\w+)/)![1];
    fixture.files['/ws/notes-pr.it-IT/guide/backup.md'] = version({ locale: 'it-IT', hash });
    const { service, workspace } = await indexedService(fixture);
    const drift = await findings(service, workspace, fixture.paths['de-DE'], 'source-drift');
    assert.deepEqual(
      drift.map((d) => d.message),
      [`The English lookup of segment 106 differs from the English that the fi-FI version has for the same source: “${SENTENCES[106]}”`],
    );
    // fi-FI agrees with it-IT, so only de-DE is flagged (with two versions alone, both would be: either may be wrong).
    assert.deepEqual(await findings(service, workspace, fixture.paths['fi-FI'], 'source-drift'), []);
  });

  it('ignores differences of whitespace, link placement and locale folders in URLs', async () => {
    const fixture = await layoutWorkspace('repos', false);
    fixture.files[fixture.paths['de-DE']] = version({ locale: 'de-DE', hash: fixture.files[fixture.paths['fi-FI']].match(/openlocfilehash: (\w+)/)![1], english: { 106: 'Select **Settings**\u00a0>  **Backup**. ' } });
    const { service, workspace } = await indexedService(fixture);
    assert.deepEqual(await findings(service, workspace, fixture.paths['de-DE'], 'source-drift'), []);
  });

  it('without the English source, quotes the English of the version handed off later (matched by text, not by number)', async () => {
    const fixture = await layoutWorkspace('repos', false);
    const { service, workspace } = await indexedService(fixture);
    const drift = await findings(service, workspace, fixture.paths['ro-RO'], 'source-drift');
    assert.deepEqual(
      drift.map((d) => d.message),
      [`The English of segment 104 has changed since this translation was made. The de-DE version, handed off later, reads: “${SENTENCES[104]}”`],
    );
  });

  it('quotes the English as Markdown when only its Markdown changed, which plain text would hide', async () => {
    const fixture = await layoutWorkspace('repos');
    fixture.files[fixture.paths['ro-RO']] = version({ locale: 'ro-RO', hash: OLD_HASH, handoff: '01/10/2024', english: { 106: 'Select Settings > Backup.' } });
    const { service, workspace } = await indexedService(fixture);
    const drift = await findings(service, workspace, fixture.paths['ro-RO'], 'source-drift');
    assert.deepEqual(
      drift.map((d) => d.message),
      [`The English of segment 106 has changed since this translation was made. The English source now reads: “${SENTENCES[106]}”`],
    );
  });
});
