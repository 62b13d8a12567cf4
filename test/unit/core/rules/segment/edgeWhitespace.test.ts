import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../../../server/src/core/textEdits';
import { checkSegment, checkText, PATH } from '../../../../support/checks';
import { frontMatter, lines, seg } from '../../../../support/sxs';

describe('rule edge-whitespace', () => {
  it('finds sentences run together: the English ends in a space, the translation not, and the next segment follows at once', () => {
    const text = frontMatter('de-DE') + lines(seg('abcde-104', 'Satz eins.', 'Sentence one. ') + seg('abcde-105', 'Satz zwei.', 'Sentence two.'), '');
    const [f, ...more] = checkText('edge-whitespace', text);
    assert.equal(f.message, 'The translation has no white space at its end; the English has a space.');
    assert.match(applyEdits(text, f.finding.fix!.edits), /Satz eins\. <\/span>/);
    assert.deepEqual(more, []);
  });

  it('reports both edges of a segment as one finding, and mends both', () => {
    const text = frontMatter('de-DE') + lines('**Hinweis:**' + seg('abcde-104', 'Satz eins.', ' Sentence one. ') + seg('abcde-105', 'Satz zwei.', 'Sentence two.'), '');
    const [f, ...more] = checkText('edge-whitespace', text);
    assert.deepEqual(more, []);
    assert.equal(f.message, "The translation's white space at its start and its end differs from the English's, which changes what shows.");
    assert.match(applyEdits(text, f.finding.fix!.edits), /"> Satz eins\. <\/span>/);
  });

  it('accepts edge white space that renders the same (traps)', () => {
    assert.deepEqual(checkSegment('edge-whitespace', ' Text ', ' Text '), []);
    // A trailing space inside the span collapses with the space between the segments.
    assert.deepEqual(checkSegment('edge-whitespace', '受保護的應用程式 ', 'Protected applications', { locale: 'zh-TW' }), []);
    assert.deepEqual(checkSegment('edge-whitespace', 'Geschützte Anwendungen ', 'Protected applications'), []);
    // A no-break space at the English's start, dropped by the translation, or one added; an invisible U+FEFF.
    assert.deepEqual(checkSegment('edge-whitespace', 'Es blockiert nicht.', '\u00a0It does not block.'), []);
    assert.deepEqual(checkSegment('edge-whitespace', '\u00a0Es blockiert nicht.', 'It does not block.'), []);
    assert.deepEqual(checkSegment('edge-whitespace', '\ufeffKostenlose Bildung', 'Education for free'), []);
    // A space lost where a space or a line end follows the segment anyway.
    assert.deepEqual(checkSegment('edge-whitespace', 'Satz eins.', 'Sentence one. '), []);
    const spaced = frontMatter('de-DE') + lines(seg('abcde-104', 'Satz eins.', 'Sentence one. ') + ' ' + seg('abcde-105', 'Satz zwei.', 'Sentence two.'), '');
    assert.deepEqual(checkText('edge-whitespace', spaced), []);
    // Chinese runs sentences together by design.
    const zh = frontMatter('zh-TW') + lines(seg('abcde-104', '第一句。', 'Sentence one. ') + seg('abcde-105', '第二句。', 'Sentence two.'), '');
    assert.deepEqual(checkText('edge-whitespace', zh, { locale: 'zh-TW', path: PATH('zh-TW') }), []);
  });
});
