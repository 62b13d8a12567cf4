import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { formatMessage, TRANSLATED_LANGUAGES, translationFor } from '../../server/src/core/l10n';

const ROOT = path.resolve(__dirname, '../../..');
const readJson = (file: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

/**
 * What a translation must keep as the English has it: `{placeholders}`, `$(icons)`, code
 * spans, link targets, `**` markers and HTML comments (code spans first: braces inside code are code).
 */
function markup(text: string): string[] {
  return [...text.matchAll(/`[^`]*`|\{[^}]+\}|\$\([\w~-]+\)|\]\([^)]*\)|<!--.*?-->|\*\*/g)].map((m) => m[0]).sort();
}

/**
 * Strings a language may write as English does, because they are the same word there (or a
 * name). Anything else left equal to the English is an untranslated string.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  de: ['Segment {number}', 'Segment {segment} in {locale}', 'viewsContainer.sxsDocs.title'],
  fi: [],
  it: [],
  ro: ['tab'],
  'zh-tw': [],
};

function checkTranslations(kind: string, english: Record<string, string>, file: (language: string) => string): void {
  for (const language of TRANSLATED_LANGUAGES) {
    describe(`${kind}: ${language}`, () => {
      const translated = fs.existsSync(path.join(ROOT, file(language))) ? readJson(file(language)) : {};

      it(`translates every string (${file(language)})`, () => {
        assert.deepEqual(Object.keys(english).filter((k) => typeof translated[k] !== 'string' || translated[k].trim() === ''), [], `strings with no ${language} translation`);
        assert.deepEqual(Object.keys(translated).filter((k) => !(k in english)), [], `${language} strings that English no longer has`);
      });

      it('keeps the placeholders, icons, code and link targets of the English', () => {
        const differing = Object.keys(english).filter((k) => typeof translated[k] === 'string' && markup(translated[k]).join('\u0000') !== markup(english[k]).join('\u0000'));
        assert.deepEqual(differing.map((k) => ({ english: english[k], translated: translated[k] })), []);
      });

      it('leaves no English string as it is (other than the listed ones)', () => {
        const same = Object.keys(english).filter((k) => translated[k] === english[k] && /\p{L}{3,}/u.test(english[k].replace(/`[^`]*`|\{[^}]+\}|\$\([^)]*\)/g, '')));
        assert.deepEqual(same.filter((k) => !SAME_AS_ENGLISH[language].includes(k)), []);
      });
    });
  }
}

describe('l10n: the runtime strings (vscode.l10n and the server)', function () {
  this.timeout(60_000); // extracts the strings of every source file: opts out of the unit tests' 5 s
  it('l10n/bundle.l10n.json holds exactly the strings of the sources (run `npm run l10n`)', async () => {
    const { extractBundle } = (await import(pathToFileURL(path.join(ROOT, 'scripts/l10n.mjs')).href)) as { extractBundle: () => Promise<Record<string, string>> };
    assert.deepEqual(readJson('l10n/bundle.l10n.json'), await extractBundle());
  });

  checkTranslations('bundle.l10n', readJson('l10n/bundle.l10n.json'), (language) => `l10n/bundle.l10n.${language}.json`);
});

describe('l10n: the manifest (package.nls.json)', function () {
  this.timeout(60_000); // extracts the strings of every source file: opts out of the unit tests' 5 s
  checkTranslations('package.nls', readJson('package.nls.json'), (language) => `package.nls.${language}.json`);
});

describe('l10n: choosing and formatting', function () {
  this.timeout(60_000); // extracts the strings of every source file: opts out of the unit tests' 5 s
  it('finds the translation of a display language as editors name it', () => {
    assert.equal(translationFor('de'), 'de');
    assert.equal(translationFor('de-CH'), 'de');
    assert.equal(translationFor('zh-tw'), 'zh-tw');
    assert.equal(translationFor('zh-Hant-HK'), 'zh-tw');
    assert.equal(translationFor('fi_FI.UTF-8'), 'fi');
    assert.equal(translationFor('zh-cn'), undefined);
    assert.equal(translationFor('en'), undefined);
    assert.equal(translationFor('fr'), undefined);
    assert.equal(translationFor(undefined), undefined);
  });

  it('fills named placeholders, leaves unknown ones, and does not read values as templates', () => {
    assert.equal(formatMessage('{a} and {b}', { a: 1, b: '{a}' }), '1 and {a}');
    assert.equal(formatMessage('{missing}', { a: 1 }), '{missing}');
    assert.equal(formatMessage('no values {x}'), 'no values {x}');
  });

  it('fills placeholders as the expression /\\{([^}]+)\\}/g reads them, whatever the braces (generated)', () => {
    const args = { a: 1, b: '{a}', 'a{b': 'nested', ' ': 'space' };
    const expected = (message: string) => message.replace(/\{([^}]+)\}/g, (match, name: string) => (name in args ? String(args[name as keyof typeof args]) : match));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('{', '}', 'a', 'b', 'x', ' '), maxLength: 24 }), (message) => {
        assert.equal(formatMessage(message, args), expected(message));
      }),
      { numRuns: 3000 },
    );
  });
});
