import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { UsageError } from './options';

/**
 * The CLI's settings, in the extension's own keys: `{"sxsDocs.rules.link-url": "off",
 * "sxsDocs.doNotTranslate": ["Teams"]}` (flat, as in settings.json) or nested under
 * `sxsDocs`. Read from --config, else ./sxs-docs.json, else ./.vscode/settings.json.
 * Returns the `sxsDocs` section as an object (nested), and where it came from.
 */
export function loadSettings(explicit: string | undefined, cwd: string): { section: Record<string, unknown>; source: string | undefined } {
  const candidates = explicit ? [path.resolve(cwd, explicit)] : [path.join(cwd, 'sxs-docs.json'), path.join(cwd, '.vscode', 'settings.json')];
  for (const file of candidates) {
    if (!fs.existsSync(file)) {
      if (explicit) throw new UsageError(`The settings file ${explicit} does not exist.`);
      continue;
    }
    // settings.json is JSON with comments and trailing commas, read as VS Code reads it.
    const errors: ParseError[] = [];
    const raw: unknown = parseJsonc(fs.readFileSync(file, 'utf8'), errors, { allowTrailingComma: true });
    if (errors.length) {
      throw new UsageError(`The settings file ${path.relative(cwd, file) || file} is not valid JSON: ${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset}.`);
    }
    return { section: sxsSection(raw), source: file };
  }
  return { section: {}, source: undefined };
}

/** The `sxsDocs` settings as one nested object, from flat dotted keys and/or a nested object. */
export function sxsSection(raw: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === 'sxsDocs' && value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) setPath(out, k.split('.'), v);
    } else if (key.startsWith('sxsDocs.')) {
      setPath(out, key.slice('sxsDocs.'.length).split('.'), value);
    }
  }
  return out;
}

function setPath(target: Record<string, unknown>, keys: string[], value: unknown): void {
  let node = target;
  for (const k of keys.slice(0, -1)) {
    if (!node[k] || typeof node[k] !== 'object') node[k] = {};
    node = node[k] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  node[last] = value && typeof value === 'object' && !Array.isArray(value) && typeof node[last] === 'object' ? { ...(node[last] as object), ...(value as object) } : value;
}
