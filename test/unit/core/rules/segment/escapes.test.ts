import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule escapes', () => {
  it('fires on escaped asterisks where the English has bold', () => {
    const [f] = checkSegment('escapes', 'Proprietà di **Azure AD** > \\*\\* \\*\\*.', 'Go to **Azure AD** > **Properties**.', { locale: 'it-IT' });
    assert.equal(f.at, '\\*');
  });

  it('fires on a lost \\< that lets HTML swallow the text', () => {
    const [f] = checkSegment('escapes', 'Geben Sie <Ihr Name\\> ein.', 'Type \\<your name\\>.');
    assert.equal(f.message, 'The English escapes "<" as \\<; the translation writes it unescaped, where it may render as Markdown or HTML instead of text.');
    const [two, ...more] = checkSegment('escapes', 'Geben Sie <Name> und <Ort> ein.', 'Type \\<name\\> and \\<place\\>.');
    assert.equal(two.message, 'The English escapes "<" as \\<; the translation writes it unescaped 2 times, where it may render as Markdown or HTML instead of text.');
    assert.deepEqual(more, [], 'one finding for the segment');
  });

  it('claims no lost escape where the translation dropped the character or escaped it another way (traps)', () => {
    assert.deepEqual(checkSegment('escapes', 'Geben Sie Ihren Namen ein.', 'Type \\<your name\\>.'), []);
    assert.deepEqual(checkSegment('escapes', 'Geben Sie &lt;Ihr Name&gt; ein.', 'Type \\<your name\\>.'), []);
    assert.deepEqual(checkSegment('escapes', 'Geben Sie `<Ihr Name>` ein.', 'Type \\<your name\\>.'), []);
    assert.deepEqual(checkSegment('escapes', 'Siehe Vorschau und [Doku](https://a).', 'See \\[Preview\\] and [docs](https://a).'), []);
  });

  it('accepts a dropped \\* that the English wrote by mistake, and \\> written plain (traps)', () => {
    assert.deepEqual(checkSegment('escapes', 'Klicken Sie auf **Speichern**.', 'Click\\*\\* Save\\*\\*.'), []);
    assert.deepEqual(checkSegment('escapes', 'Gehen Sie zu A > B.', 'Go to A \\> B.'), []);
  });
});
