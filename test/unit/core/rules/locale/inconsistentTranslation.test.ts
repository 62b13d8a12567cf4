import * as assert from 'node:assert/strict';
import { fileUri } from '../../../../support/inMemoryWorkspace';
import { version } from '../../../../support/localeFixtures';
import { indexedService, layoutWorkspace } from '../../../../support/localeWorkspaces';
import { findings } from './support';

/** Segment 110's English, with a cmdlet and a number that a translation must keep. */
const ENGLISH_110 = { 110: 'Run Get-Mailbox and keep 30 copies.' };
const de = (translation: string) => version({ locale: 'de-DE', english: ENGLISH_110, translations: { 110: translation } });

describe('rule inconsistent-translation', () => {
  it('informs where this translation lost a name of the English that the same English keeps elsewhere in the locale, pointing there', async () => {
    const fixture = await layoutWorkspace('repos');
    const other = '/ws/notes-pr.de-DE/guide/restore.md';
    fixture.files[fixture.paths['de-DE']] = de('Führen Sie Get-Postfach aus und behalten Sie 30 Kopien.');
    fixture.files[other] = de('Führen Sie Get-Mailbox aus und behalten Sie 30 Kopien.');
    const { service, workspace } = await indexedService(fixture);
    const [info, ...more] = await findings(service, workspace, fixture.paths['de-DE'], 'inconsistent-translation');
    assert.equal(more.length, 0);
    assert.equal(info.severity, 3);
    assert.equal(info.message, 'The English has "Get-Mailbox"; this translation does not, but the same English is translated with it in another place in de-DE: “Führen Sie Get-Mailbox aus und behalten Sie 30 Kopien.”.');
    assert.equal(info.relatedInformation?.[0].location.uri, fileUri(other));
    // The other file keeps the name: nothing to say there.
    assert.deepEqual(await findings(service, workspace, other, 'inconsistent-translation'), []);
  });

  it('finds a number changed, and reads numbers in native digits by their value', async () => {
    const fixture = await layoutWorkspace('repos');
    fixture.files[fixture.paths['de-DE']] = de('Führen Sie Get-Mailbox aus und behalten Sie 3 Kopien.');
    fixture.files['/ws/notes-pr.de-DE/guide/restore.md'] = de('Führen Sie Get-Mailbox aus und behalten Sie \u0663\u0660 Kopien.');
    const { service, workspace } = await indexedService(fixture);
    const [info] = await findings(service, workspace, fixture.paths['de-DE'], 'inconsistent-translation');
    assert.match(info?.message ?? '', /^The English has "30"; this translation does not/);
  });

  it('leaves two phrasings, an article, an inflection, single words and other locales alone (traps)', async () => {
    const fixture = await layoutWorkspace('repos');
    fixture.files[fixture.paths['de-DE']] = de('Führen Sie Get-Mailbox aus und behalten Sie 30 Kopien.');
    fixture.files['/ws/notes-pr.de-DE/guide/a.md'] = de('Get-Mailbox ausführen und 30 Kopien aufbewahren.');
    fixture.files['/ws/notes-pr.de-DE/guide/b.md'] = de('Führen Sie das Get-Mailbox-Cmdlet aus und behalten Sie die 30 Kopien.');
    fixture.files['/ws/notes-pr.de-DE/guide/c.md'] = version({ locale: 'de-DE', translations: { 109: 'Jeden Tag' } });
    fixture.files['/ws/notes-pr.fi-FI/guide/restore.md'] = version({ locale: 'fi-FI', english: ENGLISH_110, translations: { 110: 'Suorita Get-Postfach ja säilytä 30 kopiota.' } });
    const { service, workspace } = await indexedService(fixture);
    assert.deepEqual(await findings(service, workspace, fixture.paths['de-DE'], 'inconsistent-translation'), []);
    assert.deepEqual(await findings(service, workspace, '/ws/notes-pr.de-DE/guide/a.md', 'inconsistent-translation'), []);
  });

  it('compares translations within one document too', async () => {
    const fixture = await layoutWorkspace('repos');
    const path = fixture.paths['de-DE'];
    fixture.files[path] = `${de('Führen Sie Get-Mailbox aus und behalten Sie 30 Kopien.')}\n${'<span data-ttu-id="dddd1-111">Führen Sie Get-Postfach aus und behalten Sie 30 Kopien.</span><span class="sxs-lookup"><span data-stu-id="dddd1-111">Run Get-Mailbox and keep 30 copies.</span></span>'}\n`;
    const { service, workspace } = await indexedService(fixture);
    const infos = await findings(service, workspace, path, 'inconsistent-translation');
    assert.equal(infos.length, 1);
    assert.match(infos[0].message, /"Get-Mailbox"/);
  });
});

describe('rule inconsistent-translation as files change', () => {
  const LOST = de('Führen Sie Get-Postfach aus und behalten Sie 30 Kopien.');

  it('follows the other files: a differing translation written there appears, and goes when that file is deleted', async () => {
    const fixture = await layoutWorkspace('repos');
    const other = '/ws/notes-pr.de-DE/guide/restore.md';
    const here = fixture.paths['de-DE'];
    fixture.files[here] = LOST;
    fixture.files[other] = LOST;
    const { service, workspace } = await indexedService(fixture);
    assert.deepEqual(await findings(service, workspace, here, 'inconsistent-translation'), []);

    workspace.write(other, de('Führen Sie Get-Mailbox aus und behalten Sie 30 Kopien.'));
    await service.index!.whenIdle();
    const [info] = await findings(service, workspace, here, 'inconsistent-translation');
    assert.match(info?.message ?? '', /Get-Mailbox aus/);

    workspace.delete(other);
    await service.index!.whenIdle();
    assert.deepEqual(await findings(service, workspace, here, 'inconsistent-translation'), []);
  });

  it('follows a translation changed elsewhere while its English stays, as typing changes it', async () => {
    const fixture = await layoutWorkspace('repos');
    const other = '/ws/notes-pr.de-DE/guide/restore.md';
    const here = fixture.paths['de-DE'];
    fixture.files[here] = LOST;
    fixture.files[other] = de('Führen Sie Get-Mailbox aus und behalten Sie 30 Kopien.');
    const { service, workspace } = await indexedService(fixture);
    assert.match((await findings(service, workspace, here, 'inconsistent-translation'))[0]?.message ?? '', /Get-Mailbox aus/);

    workspace.write(other, de('Führen Sie Get-Mailbox täglich aus und behalten Sie 30 Kopien.'));
    await service.index!.whenIdle();
    assert.match((await findings(service, workspace, here, 'inconsistent-translation'))[0]?.message ?? '', /täglich/);

    workspace.write(other, LOST);
    await service.index!.whenIdle();
    assert.deepEqual(await findings(service, workspace, here, 'inconsistent-translation'), []);
  });

  it('follows the other files where the same English is met in many places, as their translations change', async () => {
    const fixture = await layoutWorkspace('repos');
    const here = fixture.paths['de-DE'];
    const copy = (n: number) => `/ws/notes-pr.de-DE/guide/copy-${n}.md`;
    fixture.files[here] = LOST;
    for (let n = 0; n < 24; n++) fixture.files[copy(n)] = LOST;
    const { service, workspace } = await indexedService(fixture);
    const message = async () => (await findings(service, workspace, here, 'inconsistent-translation')).map((f) => f.message);
    assert.deepEqual(await message(), []);

    workspace.write(copy(3), de('Führen Sie Get-Mailbox aus und behalten Sie 30 Kopien.'));
    await service.index!.whenIdle();
    assert.match((await message())[0] ?? '', /in another place in de-DE/);
    workspace.write(copy(17), de('Führen Sie Get-Mailbox aus und behalten Sie 30 Kopien.'));
    await service.index!.whenIdle();
    assert.match((await message())[0] ?? '', /in 2 other places in de-DE/);
    // The file checked says it too now: its own place is not counted, the others' are.
    workspace.write(here, de('Führen Sie Get-Mailbox aus und behalten Sie 30 Kopien.'));
    await service.index!.whenIdle();
    assert.deepEqual(await findings(service, workspace, copy(5), 'inconsistent-translation').then((f) => f.map((x) => x.message.match(/in (\d+) other places/)?.[1])), ['3']);

    workspace.write(copy(3), LOST);
    workspace.delete(copy(17));
    workspace.write(here, LOST);
    await service.index!.whenIdle();
    assert.deepEqual(await message(), []);
  });

  it('says nothing of a file that changed since it was indexed, rather than compare what now stands at the indexed range', async () => {
    const fixture = await layoutWorkspace('repos');
    fixture.files[fixture.paths['de-DE']] = LOST;
    const other = '/ws/notes-pr.de-DE/guide/restore.md';
    fixture.files[other] = de('Führen Sie Get-Mailbox aus und behalten Sie 30 Kopien.');
    const { service, workspace } = await indexedService(fixture);
    // Changed on disk with no event yet: every segment line now starts ten characters later.
    workspace.write(other, fixture.files[other].replace(/^(?=.*data-ttu-id=)/gm, 'ZZZZZZZZZZ'), false);
    const infos = await findings(service, workspace, fixture.paths['de-DE'], 'inconsistent-translation');
    // Whether the two differ in a name cannot be told without the other text: no finding is better than a wrong one.
    assert.deepEqual(infos, []);
  });
});
