import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { markdownTokenizer, type Token } from '../../support/textmate';

/** Source folder of this test (the compiled test runs from out/). */
const HERE = path.resolve(__dirname, '../../../../test/unit/grammar');
const SAMPLES = path.join(HERE, 'samples.md');
const SNAPSHOT = path.join(HERE, 'samples.md.snap');

/** Scopes a snapshot shows: ours, and Markdown's markup scopes (so the translation is seen to keep them). */
function shown(scopes: readonly string[]): string[] {
  return scopes.filter((s) => s.endsWith('.sxs') || s.startsWith('markup.') || s.startsWith('comment.'));
}

/** One line per token run with the same shown scopes: `  [start] "text" scopes`. */
function render(lines: Token[][], text: string[]): string {
  const out: string[] = [];
  lines.forEach((tokens, i) => {
    out.push(`> ${text[i]}`);
    let run: { start: number; text: string; scopes: string } | undefined;
    const flush = () => run && out.push(`  [${run.start}] ${JSON.stringify(run.text)} ${run.scopes}`);
    for (const t of tokens) {
      const scopes = shown(t.scopes).join(' ');
      if (run && run.scopes === scopes) run.text += t.text;
      else {
        flush();
        run = { start: t.start, text: t.text, scopes };
      }
    }
    flush();
  });
  return out.join('\n') + '\n';
}

describe('grammar: the sxs injection into Markdown', function () {
  this.timeout(60_000); // loads the TextMate engine (WebAssembly): opts out of the unit tests' 5 s
  let tokenize: (text: string) => Token[][];
  before(async () => {
    tokenize = await markdownTokenizer();
  });

  /** The scopes of the first token that holds `needle` on the line that holds it. */
  function scopesAt(text: string, needle: string, occurrence = 0): readonly string[] {
    const lines = text.split('\n');
    let seen = 0;
    for (let l = 0; l < lines.length; l++) {
      let at = lines[l].indexOf(needle);
      while (at !== -1) {
        if (seen++ === occurrence) {
          const token = tokenize(text)[l].find((t) => t.start <= at && at < t.start + t.text.length);
          return token?.scopes ?? [];
        }
        at = lines[l].indexOf(needle, at + 1);
      }
    }
    throw new Error(`${needle} not in the text`);
  }

  it('matches the snapshot of the sample lines (UPDATE_SNAPSHOTS=1 rewrites it after a deliberate change)', () => {
    const text = fs.readFileSync(SAMPLES, 'utf8').replace(/\r\n/g, '\n').replace(/\n$/, '');
    const actual = render(tokenize(text), text.split('\n'));
    if (process.env.UPDATE_SNAPSHOTS === '1' || !fs.existsSync(SNAPSHOT)) {
      fs.writeFileSync(SNAPSHOT, actual);
      if (process.env.UPDATE_SNAPSHOTS !== '1') assert.fail(`No snapshot existed; wrote ${SNAPSHOT}. Review it, commit it and run again.`);
    }
    assert.equal(actual, fs.readFileSync(SNAPSHOT, 'utf8'), 'The grammar tokenizes the samples differently from the snapshot.');
  });

  const line = '- <span data-ttu-id="abcde-105">Selectați **Setări**.</span><span class="sxs-lookup"><span data-stu-id="abcde-105">Select **Settings**.</span></span> după';

  it('scopes the translation plainly, keeping its Markdown', () => {
    const scopes = scopesAt(line, 'Setări');
    assert.ok(scopes.includes('meta.translation.sxs'), scopes.join(' '));
    assert.ok(scopes.some((s) => s.startsWith('markup.bold')), scopes.join(' '));
    assert.ok(!scopes.some((s) => s.startsWith('comment')), scopes.join(' '));
  });

  it('gives the ids their own scopes', () => {
    assert.ok(scopesAt(line, 'abcde-105', 0).includes('constant.other.segment-id.translation.sxs'));
    assert.ok(scopesAt(line, 'abcde-105', 1).includes('meta.segment-id.lookup.sxs'));
  });

  it('makes the whole English lookup one comment, with no Markdown or string scope inside', () => {
    for (const needle of ['<span class="sxs-lookup">', 'data-stu-id', 'Settings', '</span></span>']) {
      const scopes = scopesAt(line, needle);
      const inside = scopes.slice(scopes.indexOf('comment.block.lookup.sxs'));
      assert.ok(inside.length > 0, `${needle}: ${scopes.join(' ')}`);
      assert.ok(!inside.some((s) => s.startsWith('markup.') || s.startsWith('string.') || s.startsWith('entity.')), `${needle}: ${scopes.join(' ')}`);
    }
    const after = scopesAt(line, 'după');
    assert.ok(!after.some((s) => s.endsWith('.sxs')), after.join(' '));
  });

  it('ends the lookup at its own closing pair, past a nested <span> and a stray </span>', () => {
    const text = '<span data-ttu-id="abcde-111">urmați</span><span class="sxs-lookup"><span data-stu-id="abcde-111">follow</span> the <span>https:</span>//x</span></span> afterwards';
    assert.ok(scopesAt(text, '//x').includes('comment.block.lookup.sxs'));
    assert.ok(!scopesAt(text, 'afterwards').includes('comment.block.lookup.sxs'));
  });

  it('stops a segment without its lookup at the blank line, and leaves code blocks alone', () => {
    const text = ['<span data-ttu-id="abcde-113">Fără căutare', '', 'Plain paragraph.', '', '```', '<span data-ttu-id="abcde-114">Code</span><span class="sxs-lookup"><span data-stu-id="abcde-114">Code</span></span>', '```'].join('\n');
    assert.ok(scopesAt(text, 'Fără').includes('meta.translation.sxs'));
    assert.ok(!scopesAt(text, 'Plain').some((s) => s.endsWith('.sxs')));
    assert.ok(!scopesAt(text, 'Code').some((s) => s.endsWith('.sxs')));
  });

  it('dims the heading anchor', () => {
    const text = '## <a name="before-you-begin"></a><span data-ttu-id="abcde-105">Înainte</span><span class="sxs-lookup"><span data-stu-id="abcde-105">Before</span></span>';
    assert.ok(scopesAt(text, 'before-you-begin').includes('comment.block.anchor.sxs'));
    assert.ok(scopesAt(text, 'Înainte').includes('meta.translation.sxs'));
  });
});
