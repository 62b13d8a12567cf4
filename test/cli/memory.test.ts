import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { runCli, tempTree } from '../support/cliRunner';
import { frontMatter, lines, seg } from '../support/sxs';

const DE = 'docs-pr.de-DE/articles';

/** Six sentences with "account" (rendered "Konto") and "Contoso Drive" (kept), and others without them. */
const SENTENCES: [string, string][] = [
  ['Open your account in Contoso Drive.', 'Öffnen Sie Ihr Konto in Contoso Drive.'],
  ['Contoso Drive keeps the account safe.', 'Contoso Drive schützt das Konto.'],
  ['Delete an account from Contoso Drive.', 'Löschen Sie ein Konto aus Contoso Drive.'],
  ['Contoso Drive shows every account.', 'Contoso Drive zeigt jedes Konto an.'],
  ['Sign in with the account that Contoso Drive uses.', 'Melden Sie sich mit dem Konto an, das Contoso Drive verwendet.'],
  ['Your account is listed in Contoso Drive.', 'Ihr Konto ist in Contoso Drive aufgeführt.'],
];

function tree(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 6; i++) {
    files[`${DE}/f${i}.md`] = lines(
      frontMatter('de-DE', i % 2 ? 'MT' : 'HT'),
      `- ${seg(`aaaa${i}-104`, SENTENCES[i][1], SENTENCES[i][0])}`,
      `- ${seg(`aaaa${i}-105`, `Wählen Sie <Speichern> & schließen ${i}.`, `Select <Save> & close ${i}.`)}`,
      '',
    );
  }
  return tempTree(files);
}

describe('cli: sxs-docs tm export and terms suggest', () => {
  it('exports the memory of a locale as TMX 1.4b, all or only HT', () => {
    const root = tree();
    const all = runCli(['tm', 'export', '--locale', 'de-DE', '-o', 'all.tmx', '.'], root);
    assert.equal(all.status, 0, all.stderr);
    const text = fs.readFileSync(path.join(root, 'all.tmx'), 'utf8');
    assert.equal(XMLValidator.validate(text), true);
    const tmx = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => n === 'tu' || n === 'prop' }).parse(text).tmx;
    assert.equal(tmx['@version'], '1.4');
    assert.equal(tmx.body.tu.length, 12);
    const first = tmx.body.tu.find((tu: { prop: { '#text': string }[] }) => tu.prop.some((p) => p['#text'] === 'aaaa0-105'));
    assert.deepEqual(first.tuv.map((v: { seg: string }) => v.seg), ['Select <Save> & close 0.', 'Wählen Sie <Speichern> & schließen 0.']);
    assert.ok(first.prop.some((p: { '#text': string }) => p['#text'] === `${DE}/f0.md`));
    const ht = runCli(['tm', 'export', '--locale', 'de-DE', '--only-ht', '-o', 'ht.tmx', '.'], root);
    assert.equal(ht.status, 0, ht.stderr);
    assert.equal((fs.readFileSync(path.join(root, 'ht.tmx'), 'utf8').match(/<tu\b/g) ?? []).length, 6);
  });

  it('proposes glossary entries as TBX with counts: the dominant translation, and names kept as written', () => {
    const root = tree();
    const r = runCli(['terms', 'suggest', '--locale', 'de-DE', '-o', 'terms.tbx', '.'], root);
    assert.equal(r.status, 0, r.stderr);
    const text = fs.readFileSync(path.join(root, 'terms.tbx'), 'utf8');
    assert.equal(XMLValidator.validate(text), true);
    assert.match(text, /<term>account<\/term>[\s\S]*?<term>Konto<\/term>/);
    assert.match(text, /<note>6 of 6 segments<\/note>\s*<langSet xml:lang="en-US">\s*<tig>\s*<term>Contoso Drive<\/term>\s*<termNote type="translatable">no<\/termNote>/);
  });

  it('says which locales there are when the one asked for has no translations, and rejects a bad locale', () => {
    const root = tree();
    const none = runCli(['tm', 'export', '--locale', 'fr-FR', '.'], root);
    assert.equal(none.status, 1);
    assert.match(none.stderr, /no fr-FR translations .* \(locales found: de-DE\)/);
    const bad = runCli(['terms', 'suggest', '--locale', 'nonsense', '.'], root);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /"nonsense" is not a locale/);
  });
});
