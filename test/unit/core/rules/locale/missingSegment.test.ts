import * as assert from 'node:assert/strict';
import { version } from '../../../../support/localeFixtures';
import { indexedService, layoutWorkspace } from '../../../../support/localeWorkspaces';
import { findings } from './support';

describe('rule missing-segment', () => {
  it('flags segments the other versions of the same English have, after the segment before them', async () => {
    const fixture = await layoutWorkspace('repos');
    const hash = fixture.files[fixture.paths['de-DE']].match(/openlocfilehash: (\w+)/)![1];
    fixture.files[fixture.paths['de-DE']] = version({ locale: 'de-DE', hash, omit: [109, 110] });
    const { service, workspace } = await indexedService(fixture);
    const [missing, ...more] = await findings(service, workspace, fixture.paths['de-DE'], 'missing-segment');
    assert.equal(more.length, 0);
    assert.equal(missing.message, 'Segments 109–110 are missing here: the fi-FI versions have them. English: “Daily A copy is made every day.”');
    const text = fixture.files[fixture.paths['de-DE']].split('\n');
    assert.equal(missing.range.start.line, text.findIndex((l) => l.includes('-108')));
  });

  it('counts a paragraph segment for the sentences it stands for, in both directions', async () => {
    const fixture = await layoutWorkspace('repos');
    const { service, workspace } = await indexedService(fixture);
    // fi-FI has -p101 for 104+105; de-DE has 104 and 105.
    assert.deepEqual(await findings(service, workspace, fixture.paths['fi-FI'], 'missing-segment'), []);
    assert.deepEqual(await findings(service, workspace, fixture.paths['de-DE'], 'missing-segment'), []);
  });

  it('flags a sentence missing beside a paragraph segment version', async () => {
    const fixture = await layoutWorkspace('repos');
    const hash = fixture.files[fixture.paths['de-DE']].match(/openlocfilehash: (\w+)/)![1];
    fixture.files[fixture.paths['de-DE']] = version({ locale: 'de-DE', hash, omit: [105] });
    const { service, workspace } = await indexedService(fixture);
    // fi-FI's -p101 still counts 104 present; nothing else has 105 on its own.
    assert.deepEqual(await findings(service, workspace, fixture.paths['de-DE'], 'missing-segment'), []);
    fixture.files[fixture.paths['fi-FI']] = version({ locale: 'fi-FI', hash });
    const again = await indexedService(fixture);
    const [missing] = await findings(again.service, again.workspace, fixture.paths['de-DE'], 'missing-segment');
    assert.match(missing.message, /^Segment 105 is missing here: the fi-FI versions have it\./);
  });

  it('does not miss a segment with nothing to translate (an alert marker of its own)', async () => {
    const fixture = await layoutWorkspace('repos');
    const hash = fixture.files[fixture.paths['de-DE']].match(/openlocfilehash: (\w+)/)![1];
    const marker = '\n> <span data-ttu-id="a1b2c-111">[!TIPS]</span><span class="sxs-lookup"><span data-stu-id="a1b2c-111">[!TIPS]</span></span>\n';
    const note = '\n<span data-ttu-id="a1b2c-112">Notiz</span><span class="sxs-lookup"><span data-stu-id="a1b2c-112">A note.</span></span>\n';
    fixture.files[fixture.paths['de-DE']] = version({ locale: 'de-DE', hash });
    fixture.files[fixture.paths['fi-FI']] = version({ locale: 'fi-FI', hash }) + marker + note;
    const { service, workspace } = await indexedService(fixture);
    const found = await findings(service, workspace, fixture.paths['de-DE'], 'missing-segment');
    assert.deepEqual(
      found.map((f) => f.message),
      ['Segment 112 is missing here: the fi-FI versions have it. English: “A note.”'],
    );
  });

  it('leaves a stale translation to stale-translation, and a translation without segments alone', async () => {
    const fixture = await layoutWorkspace('repos');
    fixture.files[fixture.paths['ro-RO']] = version({ locale: 'ro-RO', hash: '9999999999999999999999999999999999999999', omit: [110] });
    fixture.files['/ws/notes-pr.it-IT/guide/backup.md'] = '---\nms.contentlocale: it-IT\nms.translationtype: MT\n---\n# Eseguire il backup delle note\n';
    const { service, workspace } = await indexedService(fixture);
    assert.deepEqual(await findings(service, workspace, fixture.paths['ro-RO'], 'missing-segment'), []);
    assert.deepEqual(await findings(service, workspace, '/ws/notes-pr.it-IT/guide/backup.md', 'missing-segment'), []);
  });
});
