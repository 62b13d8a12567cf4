import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule placeholder', () => {
  it('restores a translated placeholder (ro-RO sample)', () => {
    const [f] = checkSegment('placeholder', 'Contactați {AliasAsistență}.', 'Contact {SupportAlias}.', { locale: 'ro-RO' });
    assert.equal(f.at, '{AliasAsistență}');
    assert.equal(f.message, 'The English has the placeholder {SupportAlias}; the translation changed it to {AliasAsistență}.');
    assert.equal(f.fixed, 'Contactați {SupportAlias}.');
  });

  it('restores a damaged %temp%', () => {
    const [f] = checkSegment('placeholder', 'Löschen Sie den Ordner % temp%.', 'Delete the %temp% folder.');
    assert.equal(f.fixed, 'Löschen Sie den Ordner %temp%.');
  });

  it('fires when a described placeholder is lost', () => {
    const [f] = checkSegment('placeholder', 'Geben Sie den Namen ein.', 'Type \\<your name\\>.');
    assert.match(f.message, /the placeholder \\<your name\\>; the translation has none/);
  });

  it('accepts an environment variable in another case, a translated description, and 50% (traps)', () => {
    assert.deepEqual(checkSegment('placeholder', 'Ordner %APPDATA%\\Microsoft', 'Folder %appdata%\\Microsoft'), []);
    assert.deepEqual(checkSegment('placeholder', 'Geben Sie \\<Ihr Name\\> ein.', 'Type \\<your name\\>.'), []);
    assert.deepEqual(checkSegment('placeholder', '50 % Rabatt', '50% discount'), []);
  });
  it('fires on a format mask translated, lost or written with another letter, once per mask', () => {
    const [translated, ...more] = checkSegment('placeholder', 'Die Funktion findet neun Ziffern (Ziffern).', 'The function finds nine digits (ddddddddd).');
    assert.equal(translated.message, 'The English has the format mask ddddddddd; the translation does not write it so.');
    assert.deepEqual(more, []);
    assert.equal(checkSegment('placeholder', 'Format: TDD-DD-dddd', 'Format: ddd-dd-dddd', { locale: 'fi-FI' }).length, 1);
    assert.equal(checkSegment('placeholder', '版本必須大於 20.052 版本。Xxxx。', 'The version must be 20.052.XXXX.XXXX or later.', { locale: 'zh-TW' }).length, 1);
  });

  it('accepts a format mask in other capitals, with a space after a joint, or beside Chinese characters (traps)', () => {
    assert.deepEqual(checkSegment('placeholder', 'Format: DDD-DD-dddd', 'Format: ddd-dd-dddd'), []);
    assert.deepEqual(checkSegment('placeholder', 'Version 20.052. XXXX. XXXX oder höher.', 'Version 20.052.XXXX.XXXX or later.'), []);
    assert.deepEqual(checkSegment('placeholder', '載入區塊xxx失敗', 'Loading chunk xxx failed', { locale: 'zh-TW' }), []);
    // Not a mask: a word, or letters of a word.
    assert.deepEqual(checkSegment('placeholder', 'Die Datei heißt Addon.', 'The file is named Addd.'), []);
  });
});
