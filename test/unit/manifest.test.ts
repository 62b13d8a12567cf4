import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedManifest, generatedNls } from '../../server/src/core/manifest';
import { RULES } from '../../server/src/core/rules/registry';
import { defaultSeverityOf } from '../../server/src/core/rules/rule';
import { commandContributions } from '#protocol/commands';

const ROOT = path.resolve(__dirname, '../../..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
const manifest = readJson('package.json');
const nls: Record<string, string> = readJson('package.nls.json');

/** Every `%key%` string of the manifest. */
function nlsReferences(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    if (m) found.add(m[1]);
  } else if (Array.isArray(value)) {
    value.forEach((v) => nlsReferences(v, found));
  } else if (value && typeof value === 'object') {
    Object.values(value).forEach((v) => nlsReferences(v, found));
  }
  return found;
}

describe('manifest: package.json is what the core generates', () => {
  it('has the generated settings (run `npm run generate` after changing rules or settings)', () => {
    assert.deepEqual(manifest, generatedManifest(manifest));
  });

  it('has the commands, menus and keybindings of protocol/commands.ts (run `npm run generate`)', () => {
    const generated = commandContributions(manifest.displayName);
    assert.deepEqual(manifest.contributes.commands, generated.commands);
    assert.deepEqual(manifest.contributes.menus, generated.menus);
    assert.deepEqual(manifest.contributes.keybindings, generated.keybindings);
  });

  it('has the generated setting descriptions in package.nls.json (run `npm run generate`)', () => {
    assert.deepEqual(nls, generatedNls(nls));
  });

  it('names only keys that package.nls.json has, and package.nls.json has no key that nothing names', () => {
    const referenced = nlsReferences(manifest);
    assert.deepEqual([...referenced].filter((k) => !(k in nls)), [], 'keys missing from package.nls.json');
    assert.deepEqual(Object.keys(nls).filter((k) => !referenced.has(k)), [], 'keys of package.nls.json that package.json does not use');
  });

  it('groups the settings under the product\'s name: Checks, Reading, Locales, each setting in one group', () => {
    assert.equal(manifest.displayName, 'Side-by-Side Docs');
    const groups = manifest.contributes.configuration as { title: string; properties: Record<string, unknown> }[];
    const titles = groups.map((g) => nls[g.title.slice(1, -1)]);
    assert.deepEqual(titles.filter((t) => t !== 'Preview'), ['Checks', 'Reading', 'Locales']);
    const keys = groups.flatMap((g) => Object.keys(g.properties));
    assert.equal(new Set(keys).size, keys.length, 'a setting in two groups');
    assert.ok(groups[0].properties['sxsDocs.rules.id-mismatch'] && groups[0].properties['sxsDocs.doNotTranslate']);
    assert.ok(groups.find((g) => nls[g.title.slice(1, -1)] === 'Reading')!.properties['sxsDocs.reading.dimMarkup']);
  });

  it('has a severity setting for every rule, defaulting to the rule default', () => {
    const properties = Object.assign({}, ...manifest.contributes.configuration.map((g: { properties: object }) => g.properties));
    for (const rule of RULES) {
      assert.equal(properties[`sxsDocs.rules.${rule.code}`]?.default, defaultSeverityOf(rule), rule.code);
    }
  });

  it('has its walkthrough media and the commands its steps run', () => {
    const commands = new Set<string>(manifest.contributes.commands.map((c: { command: string }) => c.command));
    const activation = new Set<string>(manifest.activationEvents);
    for (const walkthrough of manifest.contributes.walkthroughs) {
      for (const step of walkthrough.steps) {
        for (const file of Object.values(step.media).filter((v): v is string => typeof v === 'string' && !v.startsWith('%'))) {
          assert.ok(fs.existsSync(path.join(ROOT, file)), `${step.id}: ${file} does not exist`);
        }
        for (const [, command] of nls[/^%(.+)%$/.exec(step.description)![1]].matchAll(/\(command:([\w.]+)/g)) {
          assert.ok(commands.has(command) || activation.has(`onCommand:${command}`), `${step.id}: ${command} would not activate the extension`);
        }
      }
    }
  });
});
