import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule alert-marker', () => {
  it('restores a translated alert marker', () => {
    const [f] = checkSegment('alert-marker', '[!SFATURI] Folosiți X.', '[!TIPS] Use X.', { locale: 'ro-RO' });
    assert.equal(f.at, '[!SFATURI]');
    assert.equal(f.fixed, '[!TIPS] Folosiți X.');
  });

  it('accepts the marker kept (trap)', () => {
    assert.deepEqual(checkSegment('alert-marker', '[!NOTE] Hinweis.', '[!NOTE] Note.'), []);
  });
});
