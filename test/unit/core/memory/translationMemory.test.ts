import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TranslationMemory, type MemoryPair } from '../../../../server/src/core/memory/translationMemory';
import { matchPercent, wordDiff } from '../../../../server/src/core/memory/similarity';

const pair = (english: string, translation: string, segment = 'abcde-101'): MemoryPair => ({ english, translation, segment });

describe('translation memory: matching and ranking', () => {
  it('gives the word-level match %: one word of ten replaced is 90%', () => {
    const a = 'one two three four five six seven eight nine ten'.split(' ');
    const b = 'one two three four five six seven eight nine eleven'.split(' ');
    assert.equal(matchPercent(a, b), 90);
    assert.equal(matchPercent(a, a), 100);
    assert.equal(matchPercent(a, ['x']), 0);
  });

  it('finds the exact sentence at 100%, and at 99% when only markup or case differs', () => {
    const tm = new TranslationMemory();
    tm.set('file:///de/a.md', { locale: 'de-DE', translationType: 'HT' }, [pair('Select **Save** to keep the file.', 'Wählen Sie **Speichern** aus, um die Datei zu behalten.')]);
    assert.equal(tm.lookup('Select **Save** to keep the file.', 'de-DE')[0].percent, 100);
    assert.equal(tm.lookup('Select Save to keep the file.', 'de-DE')[0].percent, 99);
    assert.deepEqual(tm.lookup('Select Save to keep the file.', 'fr-FR'), [], 'another locale has no match');
  });

  it('finds a fuzzy match with its % and the difference word by word', () => {
    const tm = new TranslationMemory();
    tm.set('file:///de/a.md', { locale: 'de-DE' }, [pair('Open the Settings page and select your account name.', 'Öffnen Sie die Seite „Einstellungen“, und wählen Sie Ihren Kontonamen aus.')]);
    const [m] = tm.lookup('Open the Settings page and select your user name.', 'de-DE');
    assert.equal(m.percent, 88); // 1 word of 9 replaced
    assert.deepEqual(
      m.diff.filter((c) => c.kind !== 'same'),
      [
        { kind: 'removed', text: 'account' },
        { kind: 'added', text: 'user' },
      ],
    );
    assert.deepEqual(tm.lookup('Open the Settings page and select your user name.', 'de-DE', { minimum: 90 }), [], 'below the minimum');
  });

  it('ranks by match, then HT over MT, then the later hand-off, and counts repeated translations once', () => {
    const tm = new TranslationMemory();
    const en = 'Restart the computer before you install the update.';
    tm.set('file:///de/mt-new.md', { locale: 'de-DE', translationType: 'MT', lastHandoff: '05/01/2022' }, [pair(en, 'MT neu')]);
    tm.set('file:///de/ht-old.md', { locale: 'de-DE', translationType: 'HT', lastHandoff: '01/01/2020' }, [pair(en, 'HT alt')]);
    tm.set('file:///de/ht-new.md', { locale: 'de-DE', translationType: 'HT', lastHandoff: '03/01/2021' }, [pair(en, 'HT neu')]);
    tm.set('file:///de/ht-new2.md', { locale: 'de-DE', translationType: 'HT', lastHandoff: '02/01/2021' }, [pair(en, 'HT neu')]);
    tm.set('file:///de/fuzzy.md', { locale: 'de-DE', translationType: 'HT', lastHandoff: '01/01/2023' }, [pair('Restart the server before you install the update.', 'Server')]);
    const found = tm.lookup(en, 'de-DE');
    assert.deepEqual(
      found.map((m) => [m.translation, m.percent, m.occurrences]),
      [
        ['HT neu', 100, 2],
        ['HT alt', 100, 1],
        ['MT neu', 100, 1],
        ['Server', 87, 1],
      ],
    );
    assert.equal(found[0].uri, 'file:///de/ht-new.md', 'the newest place with the translation');
  });

  it('forgets a document taken out, and takes in its new pairs when it is set again', () => {
    const tm = new TranslationMemory();
    tm.set('file:///de/a.md', { locale: 'de-DE' }, [pair('Sign in to the portal.', 'Alt')]);
    tm.set('file:///de/a.md', { locale: 'de-DE' }, [pair('Sign in to the portal.', 'Neu')]);
    assert.deepEqual(tm.lookup('Sign in to the portal.', 'de-DE').map((m) => m.translation), ['Neu']);
    tm.delete('file:///de/a.md');
    assert.deepEqual(tm.lookup('Sign in to the portal.', 'de-DE'), []);
    assert.equal(tm.size, 0);
  });

  it('leaves out untranslated and empty pairs, and documents beyond its bound', () => {
    const tm = new TranslationMemory({ maxPairs: 2 });
    tm.set('file:///de/a.md', { locale: 'de-DE' }, [pair('Same text', 'Same text'), pair('Blank', ' '), pair('Kept sentence here', 'Behalten')]);
    assert.equal(tm.size, 1);
    tm.set('file:///de/b.md', { locale: 'de-DE' }, [pair('One', 'Eins'), pair('Two', 'Zwei')]);
    assert.equal(tm.size, 1);
    assert.equal(tm.stats().dropped, 2);
  });

  it('finds what a linear scan with the same similarity finds, on generated sentences', () => {
    const vocabulary = ['the', 'a', 'select', 'file', 'user', 'account', 'settings', 'open', 'page', 'save', 'policy', 'admin', 'center', 'to', 'and', 'your'];
    const sentence = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 9 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 40 }), sentence, fc.integer({ min: 30, max: 100 }), (sentences, query, minimum) => {
        const tm = new TranslationMemory();
        tm.set('file:///de/a.md', { locale: 'de-DE' }, sentences.map((s, i) => pair(s, `T${i}`, `abcde-${i}`)));
        const fast = tm.lookup(query, 'de-DE', { minimum, limit: 1000 }).map((m) => `${m.percent} ${m.english}`);
        const slow = tm.lookupLinear(query, 'de-DE', { minimum, limit: 1000 }).map((m) => `${m.percent} ${m.english}`);
        assert.deepEqual(fast, slow);
      }),
      { numRuns: 300 },
    );
  });

  it('diffs word by word, joining runs', () => {
    assert.deepEqual(wordDiff(['a', 'b', 'c'], ['a', 'x', 'y', 'c']), [
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x y' },
      { kind: 'same', text: 'c' },
    ]);
  });

  it('finds a phrase in the English or in one locale\'s translations, in order', () => {
    const tm = new TranslationMemory();
    tm.set('file:///de/a.md', { locale: 'de-DE' }, [pair('Open the admin center.', 'Öffnen Sie das Admin Center.', 'x-1'), pair('The center of the admin page.', 'Die Mitte.', 'x-2')]);
    tm.set('file:///fr/a.md', { locale: 'fr-FR' }, [pair('Open the admin center.', 'Ouvrez le centre d’administration.', 'x-1')]);
    assert.deepEqual(tm.concordance('admin center', 'de-DE', 'english').pairs.map((p) => p.segment), ['x-1']);
    assert.deepEqual(tm.concordance('admin center', 'de-DE', 'translation').pairs.map((p) => p.translation), ['Öffnen Sie das Admin Center.']);
    assert.equal(tm.concordance('centre', 'fr-FR', 'translation').total, 1);
  });
});
