import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule link-order', () => {
  const en = 'See [Managing risk](https://a) and [Setting up registration](https://b).';
  it('fires on links swapped and run together, as in the zh-TW seed', () => {
    const [f] = checkSegment('link-order', '請參閱[設定註冊](https://b)[管理風險](https://a)。', en, { locale: 'zh-TW' });
    assert.equal(f.at, '[設定註冊](https://b)');
    assert.match(f.message, /the English links to https:\/\/a here, the translation to https:\/\/b/);
  });

  it('accepts another order with words between the links (trap: word order differs by language)', () => {
    assert.deepEqual(checkSegment('link-order', 'Melden Sie sich als [Registrierung](https://b) beim [Risiko](https://a) an.', en), []);
  });
});
