import * as assert from 'node:assert/strict';
import { lowerCaseKeepingOffsets } from '../../../../server/src/core/text/lowerCase';

describe('lowerCaseKeepingOffsets', () => {
  it('lowers a text as toLowerCase does when that keeps its length', () => {
    assert.equal(lowerCaseKeepingOffsets('Önizleme METNİNİ'.slice(0, 8)), 'önizleme');
    assert.equal(lowerCaseKeepingOffsets('Wählen Sie ÄNDERN'), 'wählen sie ändern');
  });

  it('keeps the length, and every offset, where a capital lowers to two characters', () => {
    const text = '**İleti önizleme metni** altında **Önizleme metnini göster**';
    const lowered = lowerCaseKeepingOffsets(text);
    assert.equal(lowered.length, text.length);
    const at = text.indexOf('**Önizleme');
    assert.equal(lowered.slice(at, at + 10), '**önizleme');
  });
});
