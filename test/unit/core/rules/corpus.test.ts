import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { checkConfigFrom } from '../../../../server/src/core/config';
import { fixAll as fixAllPasses } from '../../../../server/src/core/fixAll';
import { parse } from '../../../../server/src/core/parse/parse';
import { checkDocument } from '../../../../server/src/core/rules/check';
import { markdownFiles, withCorpus } from '../../../support/corpus';

describe('corpus: the checks on every real file', function () {
  this.timeout(900_000); // reads every file of the corpus: opts out of the unit tests' 5 s
  const root = withCorpus(this);
  if (!root) return;
  const files = markdownFiles(root);
  const config = checkConfigFrom({});
  // Fix-all as the CLI and the editor run it: pass after pass until nothing is left to fix.
  const fixAll = (file: string, text: string) => {
    const check = (doc: ReturnType<typeof parse>) => checkDocument(doc, config, { path: file });
    const doc = parse(text);
    return fixAllPasses(doc, check(doc), { check }).doc.text;
  };

  it('checks every file; every range lies in the text, and fixing all twice gives the text of fixing once', function () {
    this.timeout(300_000);
    let fixed = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const f of checkDocument(parse(text), config, { path: file })) {
        assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${file}: ${f.code}`);
      }
      const once = fixAll(file, text);
      if (once === text) continue;
      fixed++;
      assert.equal(fixAll(file, once), once, file);
    }
    assert.ok(fixed > 100, `only ${fixed} files had something to fix`);
  });
});
