import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sourceFileHash } from '../../server/src/core/index/hashing';
import { parse } from '../../server/src/core/parse/parse';
import { englishHash, translationHash } from '../../server/src/core/review/reviewHashes';
import { runCli, tempTree } from '../support/cliRunner';
import { ENGLISH, version } from '../support/localeFixtures';
import { OLD_104, OLD_HASH } from '../support/localeWorkspaces';

const RO = 'notes-pr.ro-RO/guide/backup.md';
const REVIEW = 'notes-pr.ro-RO/.sxs-review.jsonl';

/** The English source, a current de-DE and a stale ro-RO whose segment 104 was translated from older English. */
async function tree(extra: Record<string, string> = {}): Promise<string> {
  const hash = await sourceFileHash(ENGLISH);
  return tempTree({
    'notes/guide/backup.md': ENGLISH,
    'notes-pr.de-DE/guide/backup.md': version({ locale: 'de-DE', hash, prefix: 'dddd1' }),
    [RO]: version({ locale: 'ro-RO', hash: OLD_HASH, prefix: 'eeee1', english: { 104: OLD_104 } }),
    ...extra,
  });
}

/** A review file line approving segment 104 of the ro-RO file as it is. */
function approval104(): string {
  const doc = parse(version({ locale: 'ro-RO', hash: OLD_HASH, prefix: 'eeee1', english: { 104: OLD_104 } }));
  const s = doc.segments.find((x) => x.number === 104)!;
  return JSON.stringify({ path: 'guide/backup.md', segment: '104', state: 'approved', english: englishHash(s), translation: translationHash(s), by: 'ana' });
}

describe('cli: sxs-docs check --require-reviewed', () => {
  it('fails on a changed segment with no approval, with a SARIF result on the segment', async function () {
    this.timeout(120_000);
    const root = await tree();
    const r = runCli(['check', '--require-reviewed', '--format', 'sarif', '-o', 'out.sarif', 'notes-pr.ro-RO', 'notes-pr.de-DE', '--english', 'notes'], root);
    assert.equal(r.status, 1, r.stderr);
    const log = JSON.parse(fs.readFileSync(path.join(root, 'out.sarif'), 'utf8'));
    const results = log.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'review-required');
    assert.equal(results.length, 1);
    const text = fs.readFileSync(path.join(root, RO), 'utf8').split('\n');
    const region = results[0].locations[0].physicalLocation.region;
    assert.equal(text[region.startLine - 1].slice(region.startColumn - 1, region.endColumn - 1), '[ro-RO] Notes are kept in the cloud.');
    assert.equal(results[0].locations[0].physicalLocation.artifactLocation.uri, RO);
    assert.match(results[0].message.text, /Segment 104 changed in the English and has no approval since/);
    assert.equal(log.runs[0].tool.driver.rules[results[0].ruleIndex].id, 'review-required');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const validator = require('@microsoft/sarif-multitool') as string;
    const v = spawnSync(validator, ['validate', '--rule-kind', 'Sarif;Gh', path.join(root, 'out.sarif')], { encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } });
    assert.doesNotMatch(v.stdout, /: (error|warning) /, v.stdout);
  });

  it('passes once the review file approves that segment, and not without the option', async () => {
    const approved = await tree({ [REVIEW]: `{"sxsReview":1}\n${approval104()}\n` });
    const r = runCli(['check', '--require-reviewed', 'notes-pr.ro-RO', '--english', 'notes'], approved);
    assert.doesNotMatch(r.stdout, /review-required/);
    assert.equal(r.status, 0, r.stdout);
    const plain = runCli(['check', 'notes-pr.ro-RO', '--english', 'notes'], await tree());
    assert.equal(plain.status, 0, plain.stdout);
  });

  it('fails when the approval was given on another translation, and says so', async () => {
    const root = await tree({ [REVIEW]: `{"sxsReview":1}\n${approval104()}\n` });
    const file = path.join(root, RO);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('[ro-RO] Notes are kept', 'Notele sunt păstrate'));
    const r = runCli(['check', '--require-reviewed', 'notes-pr.ro-RO', '--english', 'notes'], root);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /error +review-required +Segment 104 changed since it was approved/);
  });

  it('names a review file it cannot read, and fails rather than trusting it', async () => {
    const root = await tree({ [REVIEW]: `{"sxsReview":1}\n${approval104()}\n=======\n` });
    const r = runCli(['check', '--require-reviewed', 'notes-pr.ro-RO', '--english', 'notes'], root);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /\.sxs-review\.jsonl is not valid at line 3/);
  });
});
