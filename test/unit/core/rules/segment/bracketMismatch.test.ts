import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

const zh = { locale: 'zh-TW' };

describe('rule bracket-mismatch', () => {
  it('fires on a bracket that pairs with nothing, quoting it with the text around it', () => {
    const [f] = checkSegment('bracket-mismatch', '選取三個點 (其他動作) ]，然後選取 [ **編輯**]。', 'Select the three dots (more actions), then select **Edit**.', zh);
    assert.equal(f.at, ']');
    assert.match(f.message, /This "\]" pairs with no other bracket/);
    assert.match(f.message, /in the English every bracket of its kind pairs up/);
    assert.match(f.message, /其他動作\) \]/);
  });

  it('fires on a bracket that is never closed', () => {
    const [f] = checkSegment('bracket-mismatch', '再次選取 [藍色 OneDrive 圖示，然後登入。', 'Select the blue OneDrive icon again, and sign in.', zh);
    assert.equal(f.at, '[');
  });

  it('fires on brackets and bold that cut each other, naming both', () => {
    const [f] = checkSegment('bracket-mismatch', '將他們新增至 [ **封鎖] 清單**。', 'Add them to the **Block list**.', zh);
    assert.equal(f.at, '[ **封鎖] 清單**');
    assert.match(f.message, /The brackets "\[ \*\*封鎖\]" and the bold "\*\*封鎖\] 清單\*\*" cross/);
  });

  it('fires on a bold that closes inside the brackets of its label', () => {
    const [f] = checkSegment('bracket-mismatch', '選取 **[執行檢查** 程式]。', 'Select **Run the checker**.', zh);
    assert.match(f.message, /cross/);
  });

  it('reports several misplaced brackets of a segment once, with their count', () => {
    const found = checkSegment('bracket-mismatch', '按一下 [ **儲存] 變更**]，然後 [完成。', 'Click **Save changes**, then **Done**.', zh);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^3 brackets are out of place; the first: The brackets/);
  });

  it('fires on round brackets turned round or left open, ASCII and full-width', () => {
    const [f] = checkSegment('bracket-mismatch', '您也可以查看何時變更) 的檔案 (資訊。', 'You can also see when properties (information about the file) were changed.', zh);
    assert.match(f.message, /^2 brackets are out of place; the first: This "\)" pairs with no other bracket/);
    const [g] = checkSegment('bracket-mismatch', 'Selezionare il dominio nell\'elenco, ad esempio contoso.com), quindi **Aggiungi**.', 'Select the domain in the list (for example, contoso.com), and then select **Add**.', { locale: 'it-IT' });
    assert.equal(g.at, ')');
    assert.equal(checkSegment('bracket-mismatch', '如需詳細資訊 (例如圖示) 、相容性等等）。', 'For information (such as icons), compatibility, and more.', zh).length, 1);
  });

  it('leaves round brackets alone where the English leaves one open, or where they stand in code or a link destination (traps)', () => {
    assert.deepEqual(checkSegment('bracket-mismatch', 'Schritte: a) öffnen, b) speichern.', 'Steps: a) open, b) save.'), []);
    assert.deepEqual(checkSegment('bracket-mismatch', 'Siehe [Hilfe](https://a/ff959225(v=exchg.141)) und `f(x`.', 'See [Help](https://a/ff959225(v=exchg.141)) and `f(x`.'), []);
  });

  it('leaves bold stretched over a bracket or a separator, and brackets the English also leaves open (traps)', () => {
    assert.deepEqual(checkSegment('bracket-mismatch', '選取 [立即儲存 **]**。', 'Select **Save now**.', zh), []);
    assert.deepEqual(checkSegment('bracket-mismatch', '選取 [ **完成]。**', 'Select **Done.**', zh), []);
    assert.deepEqual(checkSegment('bracket-mismatch', '移至 [ **設定] > 帳戶**。', 'Go to **Settings > Accounts**.', zh), []);
    assert.deepEqual(checkSegment('bracket-mismatch', '在 **[** 收件者] 底下', 'Under **Recipients**', zh), []);
    assert.deepEqual(checkSegment('bracket-mismatch', 'Wählen Sie Bereich [0, 1) aus.', 'Select the range [0, 1).'), []);
  });

  it('pairs a link\'s brackets, and reads no bracket of code, an escape or a link destination (traps)', () => {
    assert.deepEqual(checkSegment('bracket-mismatch', '移至 **[[購買服務] 頁面](https://a/b)**。', 'Go to the **[Purchase services](https://a/b)** page.', zh), []);
    assert.deepEqual(checkSegment('bracket-mismatch', 'Führen Sie `Get [a` aus, \\[x, siehe [Hilfe](https://a/?x=]).', 'Run `Get [a`, \\[x, see [Help](https://a/?x=]).'), []);
  });
  it('fires on a straight quotation mark left open, pointing at the last one', () => {
    const [f, ...more] = checkSegment('bracket-mismatch', 'Wenn die Meldung " Datei nicht gefunden **"Bericht.docx"** erscheint, starten Sie neu.', 'If you get the message "**File not found: Report.docx**", restart.');
    assert.deepEqual(more, []);
    assert.match(f.message, /A straight quotation mark \("\) opens or closes nothing/);
    assert.match(f.message, /where the English's pair up/);
    assert.equal(f.finding.start, f.finding.end - 1);
    const [closedByBracket] = checkSegment('bracket-mismatch', '確定欄位顯示 "執行中]。', 'Make sure the column displays "Running."', zh);
    assert.match(closedByBracket?.message ?? '', /2 brackets are out of place; the first: A straight quotation mark/);
  });

  it('leaves straight quotes that pair up, and odd ones where the English has them odd or either side writes other quotation marks (traps)', () => {
    assert.deepEqual(checkSegment('bracket-mismatch', 'Klicken Sie auf "Weiter".', 'Click "Next".'), []);
    // An inch mark: the English's own straight quotes do not pair up either.
    assert.deepEqual(checkSegment('bracket-mismatch', 'Der Bildschirm misst 13".', 'The screen is 13".'), []);
    // A quote that runs on into the next segment, written with curly quotation marks in the English.
    assert.deepEqual(checkSegment('bracket-mismatch', '"Wir haben Token gefunden, die fehlerhaft sind.', '“We found tokens that are in an error state.'), []);
    assert.deepEqual(checkSegment('bracket-mismatch', 'Wählen Sie „Weiter" aus.', 'Select "Next".'), []);
    // Straight quotes in code are not read.
    assert.deepEqual(checkSegment('bracket-mismatch', 'Geben Sie `"` ein.', 'Type `"`.'), []);
  });
  it('fires on square and round brackets that cross, naming both pairs', () => {
    const [f] = checkSegment('bracket-mismatch', '然後選取 [ (檢視]、[編輯] 或 [擁有者]) 的存取層級。', 'Then choose the access level (View, Edit, or Owner).', zh);
    assert.match(f.message, /The square brackets "\[ \(檢視\]" and the round brackets "\(檢視\]、\[編輯\] 或 \[擁有者\]\)" cross/);
    assert.deepEqual(checkSegment('bracket-mismatch', '然後選取存取層級 ([檢視]、[編輯] 或 [擁有者])。', 'Then choose the access level (View, Edit, or Owner).', zh), []);
  });

  it('leaves a link that only takes in a round bracket at its edge', () => {
    const tr = 'Voit muuttaa asetusta myöhemmin (katso [asetusten muuttaminen).](https://example.com/settings)';
    const en = 'You can change the setting later (see [Change settings](https://example.com/settings)).';
    assert.deepEqual(checkSegment('bracket-mismatch', tr, en, { locale: 'fi-FI' }), []);
    const [f] = checkSegment('bracket-mismatch', '請參閱 [備份檔案（在雲端](https://example.com/backup) ）。', 'See [Back up files in the cloud](https://example.com/backup).', zh);
    assert.match(f.message, /cross/);
  });

  it('fires on a Chinese round bracket that opens on the particle 的', () => {
    const [f] = checkSegment('bracket-mismatch', '開啟服務 (的進階設定) 頁面。', 'Open the service (advanced settings) page.', zh);
    assert.match(f.message, /opens on the particle "的" \("開啟服務 \(的進階設定\) 頁面。"\)/);
    assert.deepEqual(checkSegment('bracket-mismatch', '開啟服務的進階設定 (預覽) 頁面。', 'Open the service advanced settings (preview) page.', zh), []);
  });

  it('fires on a label bracket that runs on over words between two labels, not over a conjunction', () => {
    const [f] = checkSegment('bracket-mismatch', '按一下 [ **儲存** 以完成 **設定**]。', 'Click **Save** to finish **Setup**.', zh);
    assert.match(f.message, /The brackets "\[ \*\*儲存\*\* 以完成 \*\*設定\*\*\]" run on past the label/);
    assert.deepEqual(checkSegment('bracket-mismatch', '選取 [ **允許** 或 **拒絕**]。', 'Select **Allow** or **Deny**.', zh), []);
    assert.deepEqual(checkSegment('bracket-mismatch', '移至 [**設定** > **帳戶**]。', 'Go to **Settings** > **Accounts**.', zh), []);
  });

  it('fires on a label bracket that takes in the next step\'s number', () => {
    const [f] = checkSegment('bracket-mismatch', '按一下 [ **確認** 3]。輸入名稱。', 'Click **Confirm** 3.Type a name.', zh);
    assert.match(f.message, /run on past the label/);
    assert.deepEqual(checkSegment('bracket-mismatch', '選取 [ **頁面** 3]。', 'Select **Page** 3.', zh), []);
  });
});
