import * as assert from 'node:assert/strict';
import { KEY_PREFIXES, observePairs } from '../../../../server/src/core/terms/observe';
import { LearnedTerms } from '../../../../server/src/core/terms/learnedTerms';
import { TermStats } from '../../../../server/src/core/terms/termStats';
import { repeated, statsFrom } from '../../../support/learned';

const WORKSPACE = repeated(
  {
    'de-DE': [
      ['Verwalten Sie Geräte mit Intune.', 'Manage devices with Intune.'],
      ['Starten Sie den Datei-Explorer.', 'Start the Windows Explorer.'],
      ['Kündigen Sie Ihr Abonnement.', 'Cancel your subscription.'],
      ['Wählen Sie **Speichern**.', 'Select **Save**.'],
    ],
    'fi-FI': [
      ['Hallitse laitteita Intunella ja Intune-sovelluksella.', 'Manage devices with Intune.'],
      ['Valitse **Tallenna**.', 'Select **Save**.'],
    ],
  },
  5,
);

/** Every key the statistics hold, spelled with its kind, as the checks ask for it. */
function spelledKeys(stats: TermStats): string[] {
  const { keys, kinds } = stats.snapshot();
  return keys.map((key, i) => `${KEY_PREFIXES[kinds[i]]}:${key}`);
}

describe('terms: the statistics handed to another thread', () => {
  it('a snapshot loaded elsewhere answers every question as the statistics it was taken of', () => {
    const stats = statsFrom(WORKSPACE);
    // Crossing to a worker thread is a structured clone.
    const copy = new TermStats();
    copy.load(structuredClone(stats.snapshot()));
    assert.equal(copy.size, stats.size);
    assert.deepEqual(copy.localeNames(), stats.localeNames());
    const keys = spelledKeys(stats);
    assert.ok(keys.length > 20, 'the workspace gives keys of every kind');
    assert.deepEqual(new Set(keys.map((k) => k[0])), new Set(KEY_PREFIXES));
    for (const key of keys) {
      assert.deepEqual(copy.count(key), stats.count(key), key);
      // The counts of all locales together are those of each locale, summed.
      const seenInEach = stats.localeNames().reduce((n, locale) => n + stats.count(key, locale).seen, 0);
      assert.equal(stats.count(key).seen, seenInEach, key);
      for (const locale of stats.localeNames()) {
        assert.deepEqual(copy.count(key, locale), stats.count(key, locale), `${key} in ${locale}`);
        if (key.startsWith('w:')) assert.equal(copy.native(key.slice(2), locale), stats.native(key.slice(2), locale), key);
        if (key.startsWith('B:')) assert.deepEqual(copy.topLabelTranslation(key.slice(2), locale), stats.topLabelTranslation(key.slice(2), locale));
      }
    }
    for (const locale of stats.localeNames()) assert.equal(copy.segments(locale), stats.segments(locale));
    // The locale's own words, numbered per locale apart from the keys.
    for (const { locale, nativeWords } of stats.snapshot().locales) {
      assert.ok(nativeWords.length > 0, `${locale} has words of its own`);
      for (const word of nativeWords) assert.equal(copy.native(word, locale), stats.native(word, locale), `${word} in ${locale}`);
    }
    assert.ok(copy.native('verwalten', 'de-DE') > 0);
    assert.equal(copy.native('verwalten', 'fi-FI'), 0);
    const learned = new LearnedTerms(copy);
    assert.ok(learned.available);
    assert.ok(learned.protectedName('Intune', 'de-DE'));
    assert.equal(learned.labelTranslation('save', 'de-DE'), 'speichern');
  });

  it('loading takes the place of what was counted; documents set afterwards count on top', () => {
    const copy = new TermStats();
    copy.set('file:///ws/x.md', 'ro-RO', observePairs([{ english: 'Use Contoso.', translation: 'Folosiți Contoso.' }]));
    copy.load(statsFrom(WORKSPACE).snapshot());
    assert.equal(copy.count('s:Contoso').seen, 0);
    assert.ok(!copy.localeNames().includes('ro-RO'));
    const before = copy.count('s:Intune', 'de-DE').seen;
    copy.set('file:///ws/y.md', 'de-DE', observePairs([{ english: 'Manage devices with Intune.', translation: 'Verwalten Sie Geräte mit Intune.' }]));
    assert.equal(copy.count('s:Intune', 'de-DE').seen, before + 1);
    assert.equal(copy.count('s:Intune').seen, statsFrom(WORKSPACE).count('s:Intune').seen + 1);
    copy.delete('file:///ws/y.md');
    assert.equal(copy.count('s:Intune', 'de-DE').seen, before);
    assert.equal(copy.count('s:Intune').seen, statsFrom(WORKSPACE).count('s:Intune').seen);
  });
});
