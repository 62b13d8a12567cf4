import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

const de = { locale: 'de-DE' };

describe('rule menu-path', () => {
  it('names the words that stand between a bold step and its separator', () => {
    const [f] = checkSegment('menu-path', 'Wählen Sie **Einstellungen**für  >  **Konten** aus.', 'Select **Settings** > **Accounts**.', de);
    assert.match(f.message, /^The words "für" stand between a bold or linked step of the menu path and its ">"/);
    const [g] = checkSegment('menu-path', 'Wählen Sie **Einstellungen**  >  von **Konten** aus.', 'Select **Settings** > **Accounts**.', de);
    assert.match(g.message, /^The words "von" stand between/);
  });

  it('says a step is no longer bold where it has no bold or link at all', () => {
    const [f] = checkSegment('menu-path', 'Wählen Sie Einstellungen  >  **Konten** aus.', 'Select **Settings** > **Accounts**.', de);
    assert.match(f.message, /^A step of the menu path is neither bold nor a link in the translation/);
  });

  it('does not take a bold or link of the sentence before the path for a step', () => {
    const [f] = checkSegment('menu-path', '**Hinweis**: wechseln Sie  >  **Konten**.', '**Note**: go to **Settings** > **Accounts**.', de);
    assert.match(f.message, /^A step of the menu path is neither bold nor a link/);
    const [g] = checkSegment('menu-path', 'Öffnen Sie das [Contoso Center](https://a.example) und wechseln zu  >  **Konten**.', 'Open the [Contoso Center](https://a.example) and go to **Settings** > **Accounts**.', de);
    assert.match(g.message, /^A step of the menu path is neither bold nor a link/);
  });
});
