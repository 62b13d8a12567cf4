import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../../server/src/core/textEdits';
import { checkText } from '../../../support/checks';
import { frontMatter, lines, seg } from '../../../support/sxs';

const untranslated = seg('abcde-104', 'We apologize for the inconvenience.', 'We apologize for the inconvenience.');

describe('ignore markers', () => {
  it('an ignore fix adds a marker before the segment that silences its finding, and only its', () => {
    const text = `${frontMatter('de-DE')}- ${untranslated}\n- ${untranslated.replace('104', '105')}\n`;
    const [first, second] = checkText('untranslated', text);
    assert.ok(second);
    const ignored = applyEdits(text, first.finding.ignore!.edits);
    assert.equal(ignored, text.replace(`- ${untranslated}`, `- <!-- sxs-ignore untranslated -->${untranslated}`));
    assert.equal(first.finding.ignore!.title, 'Ignore this untranslated finding (<!-- sxs-ignore untranslated -->)');
    const after = checkText('untranslated', ignored);
    assert.equal(after.length, 1);
    assert.match(after[0].at, /We apologize/);
    assert.equal(after[0].finding.segment?.id, 'abcde-105');
  });

  it('adds the code to a marker already there, and honours a marker with no code for every rule', () => {
    const text = `${frontMatter('de-DE')}<!-- sxs-ignore numbers --> ${untranslated}\n`;
    const [f] = checkText('untranslated', text);
    assert.equal(applyEdits(text, f.finding.ignore!.edits), text.replace('sxs-ignore numbers', 'sxs-ignore numbers untranslated'));
    assert.deepEqual(checkText('untranslated', text.replace('sxs-ignore numbers', 'sxs-ignore')), []);
  });

  it('a marker after the front matter silences the findings of the document itself', () => {
    const text = frontMatter('de-AT') + `${seg('abcde-104', 'Eins', 'One')}\n`;
    const [f] = checkText('content-locale', text);
    const ignored = applyEdits(text, f.finding.ignore!.edits);
    assert.equal(ignored, text.replace('---\n<span', '---\n<!-- sxs-ignore content-locale -->\n<span'));
    assert.deepEqual(checkText('content-locale', ignored), []);
  });

  it('uses the marker word of the settings', () => {
    const text = `${frontMatter('de-DE')}<!-- l10n-ok untranslated -->${untranslated}\n`;
    assert.deepEqual(checkText('untranslated', text, { settings: { ignoreMarker: 'l10n-ok' } }), []);
    assert.equal(checkText('untranslated', text).length, 1, 'another marker word is not a marker');
  });

  it('a marker for another rule, or before another segment, does not silence (traps)', () => {
    const text = lines(frontMatter('de-DE'), `<!-- sxs-ignore numbers -->${untranslated}`, '');
    assert.equal(checkText('untranslated', text).length, 1);
  });
});
