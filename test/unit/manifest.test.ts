import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedManifest } from '../../server/src/core/manifest';
import { RULES } from '../../server/src/core/rules/registry';

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));

describe('manifest: package.json is what the core generates', () => {
  it('has the generated settings (run `npm run generate` after changing rules or settings)', () => {
    assert.deepEqual(manifest, generatedManifest(manifest));
  });

  it('has a severity setting for every rule, defaulting to the rule default', () => {
    const properties = manifest.contributes.configuration.properties;
    for (const rule of RULES) {
      assert.equal(properties[`sxsDocs.rules.${rule.code}`]?.default, rule.defaultSeverity, rule.code);
    }
  });
});
