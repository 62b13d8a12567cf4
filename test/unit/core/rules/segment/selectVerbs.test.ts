import * as assert from 'node:assert/strict';
import { selectVerbAfterLabel, selectVerbBeforeLabel, startsWithEnglishSelectVerb } from '../../../../../server/src/core/rules/segment/selectVerbs';

describe('select verbs', () => {
  it('reads the Chinese verb right before a bracket, the longest verb first', () => {
    assert.equal(selectVerbBeforeLabel('zh-TW', ' 按一下 [傳送'), '按一下');
    assert.equal(selectVerbBeforeLabel('zh-TW', '輸入[郵件選項]'), '輸入');
    assert.equal(selectVerbBeforeLabel('zh-TW', '按 [Enter]'), '按');
  });

  it('needs the bracket right after the verb, and a language that has the table (traps)', () => {
    assert.equal(selectVerbBeforeLabel('zh-TW', '選取要傳送的郵件'), undefined);
    assert.equal(selectVerbBeforeLabel('zh-TW', '開啟視窗 [傳送]'), undefined);
    assert.equal(selectVerbBeforeLabel('de-DE', '按一下 [傳送'), undefined);
  });

  it('reads the Thai verb before a label, and the Japanese or Korean particle and verb after one', () => {
    assert.equal(selectVerbBeforeLabel('th-TH', 'เลือก การตั้งค่า'), 'เลือก');
    assert.equal(selectVerbBeforeLabel('th-TH', 'เปิด การซิงค์'), undefined, 'เปิด starts labels too');
    assert.equal(selectVerbAfterLabel('ja-JP', '[設定] を選択'), 'を選択');
    assert.equal(selectVerbAfterLabel('ja-JP', '[ファイルを選択]'), undefined, 'a label that ends in its bracket');
    assert.equal(selectVerbAfterLabel('ko-KR', '설정을 선택'), '을 선택');
    assert.equal(selectVerbAfterLabel('zh-TW', '設定を選択'), undefined);
  });

  it('tells an English text that starts with a verb of selecting', () => {
    assert.equal(startsWithEnglishSelectVerb('Choose Contoso as the default'), true);
    assert.equal(startsWithEnglishSelectVerb('Mail Options'), false);
  });
});
