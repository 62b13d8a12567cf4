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
});
