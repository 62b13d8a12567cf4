import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule inline-code', () => {
  it('restores translated code from the English', () => {
    const [f] = checkSegment('inline-code', 'Kansioita, joiden merkintä on `Vain online`, ei ladata.', 'Folders marked `Online only` are not downloaded.', { locale: 'fi-FI' });
    assert.equal(f.at, '`Vain online`');
    assert.equal(f.fixed, 'Kansioita, joiden merkintä on `Online only`, ei ladata.');
  });

  it('marks code kept as plain text as code again', () => {
    const [f] = checkSegment('inline-code', 'Ordner mit Online only werden nicht geladen.', 'Folders marked `Online only` are not downloaded.');
    assert.equal(f.at, 'Online only');
    assert.equal(f.fixed, 'Ordner mit `Online only` werden nicht geladen.');
  });

  it('accepts the code kept verbatim, wherever it stands (trap)', () => {
    assert.deepEqual(checkSegment('inline-code', 'Mit `Online only` markierte Ordner werden nicht heruntergeladen.', 'Folders marked `Online only` are not downloaded.'), []);
  });
});
