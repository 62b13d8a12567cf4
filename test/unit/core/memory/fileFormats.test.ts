import * as assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ENGLISH } from '../../../../server/src/core/l10n';
import { readTmx, writeTmx } from '../../../../server/src/core/memory/tmx';
import { readTbx, writeTbx } from '../../../../server/src/core/terms/tbx';
import { readGlossaryCsv } from '../../../../server/src/core/terms/glossaryCsv';
import type { StoredPair } from '../../../../server/src/core/memory/translationMemory';

const pairs: StoredPair[] = [
  { english: 'Select **Save** & <close> the [page](https://contoso.example/a?b=1&c=2).', translation: 'Wählen Sie **Speichern** & <schließen> Sie die [Seite](https://contoso.example/a?b=1&c=2).', uri: 'file:///ws/de/a.md', segment: 'e869d-104', translationType: 'HT', lastHandoff: '02/15/2021' },
  { english: 'Use `{IncidentId}` "as is".', translation: 'Verwenden Sie `{IncidentId}` „wie es ist“.', uri: 'file:///ws/de/b.md', segment: 'e869d-105', translationType: 'MT', lastHandoff: undefined },
];

describe('TMX and TBX files', () => {
  it('writes TMX 1.4b that the XML library reads back, and reads it back to the same pairs', () => {
    const tmx = writeTmx(pairs, 'de-DE', { name: 'sxs-docs', version: '0.1.0' }, (u) => u.replace('file:///ws/', ''));
    assert.equal(XMLValidator.validate(tmx), true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(tmx);
    assert.equal(doc.tmx['@version'], '1.4');
    assert.equal(doc.tmx.header['@srclang'], 'en-US');
    assert.equal(doc.tmx.body.tu.length, 2);
    assert.equal(doc.tmx.body.tu[0]['@changedate'], '20210215T000000Z');
    const back = readTmx(tmx, 'file:///ws/x.tmx', ENGLISH);
    assert.deepEqual(back.problems, []);
    const ht = back.locales.get('de-DE\u0001HT')!.pairs;
    const mt = back.locales.get('de-DE\u0001MT')!.pairs;
    assert.deepEqual(ht, [{ english: pairs[0].english, translation: pairs[0].translation, segment: 'e869d-104' }]);
    assert.deepEqual(mt, [{ english: pairs[1].english, translation: pairs[1].translation, segment: 'e869d-105' }]);
  });

  it('reads a CAT tool\'s TMX with inline markup as the text it stands for', () => {
    const tmx = ['<tmx version="1.4"><header srclang="en-US"/><body>', '<tu tuid="7"><tuv xml:lang="en-US"><seg>Press <bpt i="1">&lt;b&gt;</bpt>OK<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>', '<tuv xml:lang="fr-FR"><seg>Appuyez sur <bpt i="1">&lt;b&gt;</bpt>OK<ept i="1">&lt;/b&gt;</ept>.</seg></tuv></tu>', '</body></tmx>'].join('\n');
    const back = readTmx(tmx, 'file:///ws/x.tmx', ENGLISH);
    assert.deepEqual(back.locales.get('fr-FR\u0001HT')!.pairs, [{ english: 'Press <b>OK</b>.', translation: 'Appuyez sur <b>OK</b>.', segment: '7' }]);
  });

  it('says where a TMX or TBX file is not XML, or not the format', () => {
    const broken = readTmx('<tmx version="1.4">\n<body>\n<tu><tuv></tu>\n</body></tmx>', 'file:///ws/x.tmx', ENGLISH);
    assert.equal(broken.problems.length, 1);
    assert.equal(broken.problems[0].line, 3);
    assert.match(broken.problems[0].message, /^Not valid XML/);
    const other = readTbx('<?xml version="1.0"?>\n<html><body/></html>', 'file:///ws/t.tbx', ENGLISH);
    assert.equal(other.problems[0].line, 2);
    assert.match(other.problems[0].message, /Not a TBX file/);
  });

  it('writes TBX that reads back as the same glossary: approved terms and do-not-translate terms', () => {
    const tbx = writeTbx([{ english: 'sign in', translation: 'anmelden', note: '12 of 14 segments' }, { english: 'Contoso <Drive>', translation: undefined }], 'de-DE', 'Proposed by sxs-docs');
    assert.equal(XMLValidator.validate(tbx), true);
    const { entries, problems } = readTbx(tbx, 'file:///ws/t.tbx', ENGLISH);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      entries.map((e) => [e.english, e.locale, e.translation, e.status]),
      [
        ['sign in', 'de-DE', 'anmelden', 'approved'],
        ['Contoso <Drive>', undefined, undefined, 'do-not-translate'],
      ],
    );
  });

  it('reads TBX 3 concept entries and forbidden (deprecated) terms', () => {
    const tbx = [
      '<tbx type="TBX-Basic" style="dca" xml:lang="en"><text><body>',
      '<conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>account</term></termSec></langSec>',
      '<langSec xml:lang="de"><termSec><term>Konto</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>',
      '<termSec><term>Account</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec></conceptEntry>',
      '<conceptEntry id="c2"><langSec xml:lang="de"><termSec><term>Waise</term></termSec></langSec></conceptEntry>',
      '</body></text></tbx>',
    ].join('\n');
    const { entries, problems } = readTbx(tbx, 'file:///ws/t.tbx', ENGLISH);
    assert.deepEqual(
      entries.map((e) => [e.english, e.translation, e.status]),
      [
        ['account', 'Konto', 'approved'],
        ['account', 'Account', 'forbidden'],
      ],
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, 5, 'the entry without English');
  });

  it('reads a CSV glossary, quotes and all, and names the rows it leaves out', () => {
    const csv = ['english,locale,translation,status,note', 'sign in,de-DE,anmelden,,', '"Save, then close",de-DE,"Speichern, dann ""schließen""",approved,', 'account,de-DE,Account,forbidden,', 'Contoso Drive,,,do-not-translate,product', 'oops,de-DE,x,maybe,'].join('\r\n');
    const { entries, problems } = readGlossaryCsv(csv, 'file:///ws/g.csv', ENGLISH);
    assert.deepEqual(
      entries.map((e) => [e.english, e.locale, e.translation, e.status]),
      [
        ['sign in', 'de-DE', 'anmelden', 'approved'],
        ['Save, then close', 'de-DE', 'Speichern, dann "schließen"', 'approved'],
        ['account', 'de-DE', 'Account', 'forbidden'],
        ['Contoso Drive', undefined, undefined, 'do-not-translate'],
      ],
    );
    assert.deepEqual(problems.map((p) => p.line), [6]);
  });
});
