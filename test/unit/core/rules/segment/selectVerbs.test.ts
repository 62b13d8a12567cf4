import * as assert from 'node:assert/strict';
import { cjkSelectVerbBeforeBracket, startsWithEnglishSelectVerb } from '../../../../../server/src/core/rules/segment/selectVerbs';

describe('select verbs', () => {
  it('reads the Chinese verb right before a bracket, the longest verb first', () => {
    assert.equal(cjkSelectVerbBeforeBracket('zh-TW', ' 按一下 [傳送'), '按一下');
    assert.equal(cjkSelectVerbBeforeBracket('zh-TW', '輸入[郵件選項]'), '輸入');
    assert.equal(cjkSelectVerbBeforeBracket('zh-TW', '按 [Enter]'), '按');
  });

  it('needs the bracket right after the verb, and a language that has the table (traps)', () => {
    assert.equal(cjkSelectVerbBeforeBracket('zh-TW', '選取要傳送的郵件'), undefined);
    assert.equal(cjkSelectVerbBeforeBracket('zh-TW', '開啟視窗 [傳送]'), undefined);
    assert.equal(cjkSelectVerbBeforeBracket('de-DE', '按一下 [傳送'), undefined);
  });

  it('tells an English text that starts with a verb of selecting', () => {
    assert.equal(startsWithEnglishSelectVerb('Choose Contoso as the default'), true);
    assert.equal(startsWithEnglishSelectVerb('Mail Options'), false);
  });
});
