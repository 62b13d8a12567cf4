import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { Token, Tokenizer, type TokenHandler } from 'parse5';
import type { SxsDocument } from '../../../server/src/core/model';
import { parse } from '../../../server/src/core/parse/parse';
import { scanSpanTags } from '../../../server/src/core/parse/spanTags';
import { reconstruct } from '../../../server/src/core/pieces';
import { markdownFiles, withCorpus } from '../../support/corpus';

/** Every span tag parse5's tokenizer sees in the whole text, as `start-end:kind`. */
function parse5SpanTags(text: string): string[] {
  const tags: string[] = [];
  const onTag = (token: Token.TagToken) => {
    if (token.tagName !== 'span' || !token.location) return;
    const attr = (name: string) => token.attrs.find((a) => a.name === name);
    const kind = token.type === Token.TokenType.END_TAG ? 'close'
      : attr('data-ttu-id') ? 'translation'
      : attr('data-stu-id') ? 'source'
      : attr('class')?.value.split(/\s+/).includes('sxs-lookup') ? 'lookup' : 'plain';
    tags.push(`${token.location.startOffset}-${token.location.endOffset}:${kind}`);
  };
  const ignore = () => undefined;
  const handler: TokenHandler = { onStartTag: onTag, onEndTag: onTag, onComment: ignore, onDoctype: ignore, onEof: ignore, onCharacter: ignore, onNullCharacter: ignore, onWhitespaceCharacter: ignore };
  new Tokenizer({ sourceCodeLocationInfo: true }, handler).write(text, true);
  return tags;
}

/** Every range of the model is where its offsets say. */
function assertRangesAgree(doc: SxsDocument, file: string) {
  for (const s of doc.segments) {
    for (const span of [s.full, s.translation.full, s.translation.content, ...(s.source ? [s.source.full, s.source.content] : [])]) {
      assert.equal(doc.lines.offsetAt(span.range.start), span.start, file);
      assert.equal(doc.lines.offsetAt(span.range.end), span.end, file);
    }
    assert.equal(doc.text.slice(s.translation.content.start, s.translation.content.end), s.translation.text, file);
  }
}

describe('corpus: every real file', function () {
  this.timeout(900_000); // reads every file of the corpus: opts out of the unit tests' 5 s
  const root = withCorpus(this);
  if (!root) return;
  const files = markdownFiles(root);

  it(`parses all ${files.length} files: the model writes the text back exactly, one segment per data-ttu-id`, () => {
    let segments = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const doc = parse(text);
      assert.equal(reconstruct(doc), text, file);
      assert.equal(doc.segments.length, text.split('data-ttu-id=').length - 1, file);
      assertRangesAgree(doc, file);
      segments += doc.segments.length;
    }
    assert.ok(segments > 100_000, `only ${segments} segments in the corpus`);
  });

  it('finds exactly the span tags that parse5 finds, in every file', function () {
    this.timeout(120_000);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const ours = scanSpanTags(text).map((t) => `${t.start}-${t.end}:${t.kind}`);
      assert.deepEqual(ours, parse5SpanTags(text), file);
    }
  });

  it('finds no structural problem but the five files whose front matter is not YAML', () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const p of parse(fs.readFileSync(file, 'utf8')).problems) problems.push(`${p.code} ${file}`);
    }
    assert.equal(problems.filter((p) => !p.startsWith('invalid-yaml')).length, 0, problems.join('\n'));
    assert.equal(problems.length, 5, problems.join('\n'));
  });
});
