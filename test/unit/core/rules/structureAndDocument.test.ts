import * as assert from 'node:assert/strict';
import { checkConfigFrom } from '../../../../server/src/core/config';
import { parse } from '../../../../server/src/core/parse/parse';
import { checkDocument } from '../../../../server/src/core/rules/check';
import { applyEdits } from '../../../../server/src/core/textEdits';
import { checkText, PATH } from '../../../support/checks';
import { frontMatter, lines, seg } from '../../../support/sxs';

const body = `${seg('abcde-104', 'Unu', 'One')}\n`;

describe('rules: structure and document', () => {
  it('empty-translation and empty-source fire on the empty side, not when both are empty (trap)', () => {
    const text = frontMatter('ro-RO') + lines(seg('abcde-104', '', 'One'), seg('abcde-105', 'Doi', ' '), seg('abcde-106', '', ''), '');
    const [t] = checkText('empty-translation', text, { locale: 'ro-RO' });
    assert.equal(t.at, '<span data-ttu-id="abcde-104"></span>');
    assert.equal(t.message, 'The translation of segment abcde-104 is empty; its English is "One".');
    const [s, ...none] = checkText('empty-source', text, { locale: 'ro-RO' });
    assert.equal(s.at, '<span class="sxs-lookup"><span data-stu-id="abcde-105"> </span></span>');
    assert.deepEqual(none, []);
  });

  it('content-locale sets ms.contentlocale to the locale of the path', () => {
    const text = frontMatter('de-AT') + body;
    const [f] = checkText('content-locale', text, { path: PATH('de-DE') });
    assert.equal(f.at, 'de-AT');
    assert.equal(f.message, "The file's path names the locale de-DE; its ms.contentlocale says de-AT.");
    assert.match(applyEdits(text, f.finding.fix!.edits), /^ms\.contentlocale: de-DE$/m);
    assert.deepEqual(checkText('content-locale', frontMatter('de-de') + body, { path: PATH('de-DE') }), [], 'case differs only');
    assert.deepEqual(checkText('content-locale', frontMatter('de-AT') + body, { path: '/docs/page.md' }), [], 'no locale in the path');
  });

  it('missing-keys lists the localization keys a translated file lacks', () => {
    const [f] = checkText('missing-keys', lines('---', 'title: Titlu', 'ms.contentlocale: ro-RO', '---', body));
    assert.equal(f.at, '---');
    assert.match(f.message, /no ms\.translationtype, ms\.openlocfilehash, ms\.sourcegitcommit, ms\.lasthandoff and ms\.locfileid/);
    assert.deepEqual(checkText('missing-keys', frontMatter('ro-RO') + body), []);
  });

  it('missing-keys leaves a file with no front matter alone: its English has none either (a README, a generated include; trap)', () => {
    assert.deepEqual(checkText('missing-keys', lines('## Verhaltensregeln', body)), []);
    assert.deepEqual(checkText('missing-keys', lines('<!-- This file is generated automatically each week. -->', '', body)), []);
  });

  it('no-segments notes a localized file without segments, not one with them (trap)', () => {
    const [f] = checkText('no-segments', frontMatter('fi-FI', 'MT') + 'Käännetty teksti.\n', { locale: 'fi-FI' });
    assert.equal(f.at, 'fi-FI');
    assert.deepEqual(checkText('no-segments', frontMatter('fi-FI', 'MT') + body, { locale: 'fi-FI' }), []);
  });

  it('no-segments is a hint: a plain translation is one of the pipeline\'s outputs, nothing to fix', () => {
    const [f] = checkText('no-segments', frontMatter('fi-FI', 'MT') + 'Käännetty teksti.\n', { locale: 'fi-FI' });
    assert.equal(f.finding.severity, 'hint');
  });

  it('no-segments leaves a localized file with nothing to translate alone: an include of an image, a comment, code (trap)', () => {
    const include = lines('<!-- generated -->', '![Näyttökuva](media/kuva.png)', '', '[!INCLUDE [yhteinen](includes/yhteinen.md)]', '', '```powershell', 'Get-Mailbox -Identity x', '```', '<br/>');
    assert.deepEqual(checkText('no-segments', frontMatter('fi-FI', 'MT') + include, { locale: 'fi-FI' }), []);
    const [f] = checkText('no-segments', frontMatter('fi-FI', 'MT') + include + 'Käännetty teksti.\n', { locale: 'fi-FI' });
    assert.equal(f.at, 'fi-FI');
  });

  it('a machine-translated file gets no finding for being machine-translated (the status bar and summaries say it)', () => {
    const text = frontMatter('ro-RO', 'MT') + body + body.replaceAll('104', '105');
    assert.deepEqual(checkDocument(parse(text), checkConfigFrom({}), { path: PATH('ro-RO') }).map((f) => f.code), []);
  });

  it('segment rules stay quiet on an English file (trap)', () => {
    const text = frontMatter('en-US') + `${seg('abcde-104', 'Same words for the English file here.', 'Same words for the English file here.')}\n`;
    assert.deepEqual(checkText('untranslated', text, { path: '/docs/page.en-US.md' }), []);
  });
});
