import * as assert from 'node:assert/strict';
import { ENGLISH, SENTENCES } from '../../../support/localeFixtures';
import { documentOf, indexedService, layoutWorkspace, OLD_104 } from '../../../support/localeWorkspaces';

/** The stale ro-RO version of the fixture, with the English source beside it that also gained a sentence after 105. */
async function staleWithAddedSentence(withEnglish = true) {
  const fixture = await layoutWorkspace('repos', withEnglish);
  if (withEnglish) fixture.files[fixture.paths['en-US']] = ENGLISH.replace('on your device.', 'on your device. Copies are kept for a year.');
  const { service, workspace } = await indexedService(fixture);
  const document = await documentOf(workspace, fixture.paths['ro-RO']);
  return { fixture, service, document };
}

describe('segment changes: what the editor shows', () => {
  it('the service aligns a stale translation with the English source', async () => {
    const { service, document } = await staleWithAddedSentence();
    const changes = await service.segmentChanges(document);
    assert.ok(changes);
    const doc = service.model(document);
    const states = changes.segments.map((s) => `${doc.segments[s.index].number}:${s.state}`);
    assert.deepEqual(states, ['103:unchanged', '104:changed', '105:unchanged', '106:unchanged', '107:unchanged', '108:unchanged', '109:unchanged', '110:unchanged']);
    assert.deepEqual(changes.segments[1].english.map((e) => e.text), [SENTENCES[104]]);
    assert.deepEqual(
      changes.added.map((a) => [a.sentence.text, doc.segments[a.after].number]),
      [['Copies are kept for a year.', 105]],
    );
  });

  it('without the English source, aligns with the newer version by text', async () => {
    const { service, document } = await staleWithAddedSentence(false);
    const changes = await service.segmentChanges(document);
    assert.equal(changes?.from.kind, 'locale');
    assert.deepEqual(
      changes?.segments.filter((s) => s.state !== 'unchanged').map((s) => [s.state, s.english.map((e) => e.text)]),
      [['changed', [SENTENCES[104]]]],
    );
  });

  it('the hover on a changed segment shows the word diff to the English now', async () => {
    const { service, document } = await staleWithAddedSentence();
    await service.diagnostics(document);
    const doc = service.model(document);
    const hover = service.hover(document, doc.segments[1].translation.content.range.start);
    const text = typeof hover?.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(text, /The English has changed/);
    // "Notes are kept in the cloud." → "Notes are saved in the cloud."
    assert.ok(text.includes('~~kept~~ **saved**'), text);
    assert.ok(OLD_104.includes('kept'));
    // An unchanged segment has no diff.
    const other = service.hover(document, doc.segments[2].translation.content.range.start);
    assert.doesNotMatch(typeof other?.contents === 'object' && 'value' in other.contents ? other.contents.value : '', /has changed/);
  });

  it('the preview gives the changed row its diff, and the added sentence a row after the segment it follows', async () => {
    const { service, document } = await staleWithAddedSentence();
    const model = await service.preview(document);
    assert.ok(model);
    const changed = model.rows.filter((r) => r.englishDiff);
    assert.deepEqual(changed.map((r) => r.number), [104]);
    assert.deepEqual(changed[0].englishDiff?.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text.trim()]), [['deleted', 'kept'], ['inserted', 'saved']]);
    assert.deepEqual(model.added.map((a) => [a.english, model.rows[a.after].number]), [['Copies are kept for a year.', 105]]);
  });

  it('the preview shows another locale\'s own findings in its column', async () => {
    const fixture = await layoutWorkspace('repos');
    const de = fixture.paths['de-DE'];
    const [, id] = /data-stu-id="([^"]+)"/.exec(fixture.files[de])!;
    fixture.files[de] = fixture.files[de].replace(`data-stu-id="${id}"`, 'data-stu-id="00000-999"');
    const { service, workspace } = await indexedService(fixture);
    const model = await service.preview(await documentOf(workspace, fixture.paths['ro-RO']), ['de-DE']);
    const cells = model?.rows.flatMap((r) => {
      const cell = r.others['de-DE'];
      return cell?.kind === 'text' && cell.findings ? [[cell.ids, cell.findings.map((f) => f.code)]] : [];
    });
    assert.deepEqual(cells, [[[id], ['id-mismatch']]]);
    assert.ok(model?.rows.every((r) => !r.findings.some((f) => f.code === 'id-mismatch')), 'the finding is not this file\'s');
  });

  it('reassembles the English at hand-off for the diff editor', async () => {
    const { service, document } = await staleWithAddedSentence();
    const comparison = await service.englishComparison(document);
    assert.ok(comparison?.handoff.includes(`${OLD_104} ${SENTENCES[105]}`), comparison?.handoff);
    assert.doesNotMatch(comparison?.handoff ?? '', /data-ttu-id|ms\.openlocfilehash/);
    assert.equal(comparison?.current?.kind, 'source');
    assert.deepEqual(comparison?.counts, { changed: 1, removed: 0, added: 1, changedWords: 2 + 6 });
  });
});
