import * as assert from 'node:assert/strict';
import { fileUri } from '../../../../support/inMemoryWorkspace';
import { version } from '../../../../support/localeFixtures';
import { indexedService, layoutWorkspace } from '../../../../support/localeWorkspaces';
import { findings } from './support';

describe('rule inconsistent-translation', () => {
  it('informs where the same English is translated differently elsewhere in the locale, pointing there', async () => {
    const fixture = await layoutWorkspace('repos');
    const other = '/ws/notes-pr.de-DE/guide/restore.md';
    fixture.files[other] = version({ locale: 'de-DE', translations: { 106: 'Wählen Sie **Einstellungen** > **Sicherung** aus.' } });
    const { service, workspace } = await indexedService(fixture);
    const [info, ...more] = await findings(service, workspace, fixture.paths['de-DE'], 'inconsistent-translation');
    assert.equal(more.length, 0);
    assert.equal(info.severity, 3);
    assert.equal(info.message, 'The same English is translated differently in another place in de-DE: “Wählen Sie **Einstellungen** > **Sicherung** aus.”.');
    assert.equal(info.relatedInformation?.[0].location.uri, fileUri(other));
    const [back] = await findings(service, workspace, other, 'inconsistent-translation');
    assert.match(back.message, /“\[de-DE\] Select \*\*Settings\*\* > \*\*Backup\*\*\.”/);
  });

  it('leaves single words alone, and other locales out', async () => {
    const fixture = await layoutWorkspace('repos');
    fixture.files['/ws/notes-pr.de-DE/guide/restore.md'] = version({ locale: 'de-DE', translations: { 109: 'Jeden Tag' } });
    fixture.files['/ws/notes-pr.fi-FI/guide/restore.md'] = version({ locale: 'fi-FI', translations: { 106: 'Valitse **Asetukset**.' } });
    const { service, workspace } = await indexedService(fixture);
    assert.deepEqual(await findings(service, workspace, fixture.paths['de-DE'], 'inconsistent-translation'), []);
  });

  it('compares translations within one document too', async () => {
    const fixture = await layoutWorkspace('repos');
    const path = fixture.paths['de-DE'];
    fixture.files[path] = `${fixture.files[path]}\n${'<span data-ttu-id="dddd1-111">Anders übersetzt.</span><span class="sxs-lookup"><span data-stu-id="dddd1-111">A copy is made every day.</span></span>'}\n`;
    const { service, workspace } = await indexedService(fixture);
    const infos = await findings(service, workspace, path, 'inconsistent-translation');
    assert.equal(infos.length, 2);
  });
});

describe('rule inconsistent-translation as files change', () => {
  it('follows the other files: a differing translation written there appears, and goes when that file is deleted', async () => {
    const fixture = await layoutWorkspace('repos');
    const other = '/ws/notes-pr.de-DE/guide/restore.md';
    fixture.files[other] = version({ locale: 'de-DE', translations: {} });
    const { service, workspace } = await indexedService(fixture);
    const here = fixture.paths['de-DE'];
    assert.deepEqual(await findings(service, workspace, here, 'inconsistent-translation'), []);

    workspace.write(other, version({ locale: 'de-DE', translations: { 106: 'Wählen Sie **Einstellungen** > **Sicherung** aus.' } }));
    await service.index!.whenIdle();
    const [info] = await findings(service, workspace, here, 'inconsistent-translation');
    assert.match(info?.message ?? '', /Sicherung/);

    workspace.delete(other);
    await service.index!.whenIdle();
    assert.deepEqual(await findings(service, workspace, here, 'inconsistent-translation'), []);
  });

  it('follows a translation changed elsewhere while its English stays, as typing changes it', async () => {
    const fixture = await layoutWorkspace('repos');
    const other = '/ws/notes-pr.de-DE/guide/restore.md';
    fixture.files[other] = version({ locale: 'de-DE', translations: { 106: 'Wählen Sie **Einstellungen** > **Sicherung** aus.' } });
    const { service, workspace } = await indexedService(fixture);
    const here = fixture.paths['de-DE'];
    assert.match((await findings(service, workspace, here, 'inconsistent-translation'))[0]?.message ?? '', /Sicherung/);

    workspace.write(other, version({ locale: 'de-DE', translations: { 106: 'Wählen Sie **Einstellungen** > **Datensicherung** aus.' } }));
    await service.index!.whenIdle();
    assert.match((await findings(service, workspace, here, 'inconsistent-translation'))[0]?.message ?? '', /Datensicherung/);

    workspace.write(other, version({ locale: 'de-DE', translations: {} }));
    await service.index!.whenIdle();
    assert.deepEqual(await findings(service, workspace, here, 'inconsistent-translation'), []);
  });

  it('quotes nothing from a file that changed since it was indexed, rather than what now stands at the indexed range', async () => {
    const fixture = await layoutWorkspace('repos');
    const other = '/ws/notes-pr.de-DE/guide/restore.md';
    const translation = 'Wählen Sie **Einstellungen** > **Sicherung** aus.';
    fixture.files[other] = version({ locale: 'de-DE', translations: { 106: translation } });
    const { service, workspace } = await indexedService(fixture);
    // Changed on disk with no event yet: every segment line now starts ten characters later.
    workspace.write(other, fixture.files[other].replace(/^(?=.*data-ttu-id=)/gm, 'ZZZZZZZZZZ'), false);
    const infos = await findings(service, workspace, fixture.paths['de-DE'], 'inconsistent-translation');
    assert.equal(infos.length, 1);
    // The finding stands (the index still says so) but quotes no text: none is better than a wrong one.
    assert.equal(infos[0].message, 'The same English is translated differently in another place in de-DE.');
  });
});
