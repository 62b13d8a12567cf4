import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule escapes', () => {
  it('fires on escaped asterisks where the English has bold', () => {
    const [f] = checkSegment('escapes', 'Proprietà di **Azure AD** > \\*\\* \\*\\*.', 'Go to **Azure AD** > **Properties**.', { locale: 'it-IT' });
    assert.equal(f.at, '\\*');
  });

  it('fires on a lost \\< that lets HTML swallow the text', () => {
    const [f] = checkSegment('escapes', 'Geben Sie <Ihr Name\\> ein.', 'Type \\<your name\\>.');
    assert.match(f.message, /escapes "<"/);
  });

  it('accepts a dropped \\* that the English wrote by mistake, and \\> written plain (traps)', () => {
    assert.deepEqual(checkSegment('escapes', 'Klicken Sie auf **Speichern**.', 'Click\\*\\* Save\\*\\*.'), []);
    assert.deepEqual(checkSegment('escapes', 'Gehen Sie zu A > B.', 'Go to A \\> B.'), []);
  });
});
