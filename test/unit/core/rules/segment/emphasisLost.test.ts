import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule emphasis-lost', () => {
  it('fires when a bold text is dropped (de-DE sample)', () => {
    const [f] = checkSegment('emphasis-lost', 'Wählen Sie Einstellungen > **Synchronisierung** aus.', 'Select **Settings** > **Sync**.');
    assert.equal(f.message, 'The English has 2 bold texts ("Settings" and "Sync"); the translation has 1.');
    assert.equal(f.at, 'Wählen Sie Einstellungen > **Synchronisierung** aus.');
  });

  it('accepts translated bold texts, including bold link text (traps)', () => {
    assert.deepEqual(checkSegment('emphasis-lost', 'Wählen Sie **Einstellungen** > **Synchronisierung** aus.', 'Select **Settings** > **Sync**.'), []);
    assert.deepEqual(checkSegment('emphasis-lost', 'Wählen Sie **Benutzer** > [**Aktive Benutzer**](https://a).', 'Select **Users** > [**Active users**](https://a).'), []);
  });

  it('counts bracketed UI labels as bold in Chinese, Japanese and Korean (trap), but not in German', () => {
    assert.deepEqual(checkSegment('emphasis-lost', '按一下 [匯出記錄]。', 'Click **Export Logs**.', { locale: 'zh-TW' }), []);
    assert.deepEqual(checkSegment('emphasis-lost', '「エクスポート」をクリックします。', 'Click **Export**.', { locale: 'ja-JP' }), []);
    assert.equal(checkSegment('emphasis-lost', 'Klicken Sie auf [Protokolle exportieren].', 'Click **Export Logs**.').length, 1);
  });

  it('does not count a broken link’s text in brackets as a bold label in Chinese', () => {
    const [f] = checkSegment('emphasis-lost', '請按一下 [立即訂閱][](https://a.example)來註冊。', 'Click [Subscribe Now](https://a.example) to **enroll**.', { locale: 'zh-TW' });
    assert.match(f.message, /1 bold text \("enroll"\); the translation has 0/);
  });
});
