import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule edge-whitespace', () => {
  it("matches the English's edge white space", () => {
    const [f] = checkSegment('edge-whitespace', '受保護的應用程式 ', 'Protected applications', { locale: 'zh-TW' });
    assert.equal(f.at, ' ');
    assert.equal(f.message, 'The translation has a space at its end; the English has no white space.');
    assert.equal(f.fixed, '受保護的應用程式');
    const [g] = checkSegment('edge-whitespace', 'Es blockiert nicht.', '\u00a0It does not block.');
    assert.equal(g.fixed, '\u00a0Es blockiert nicht.');
  });

  it('accepts the same edge white space (trap)', () => {
    assert.deepEqual(checkSegment('edge-whitespace', ' Text ', ' Text '), []);
  });
});
