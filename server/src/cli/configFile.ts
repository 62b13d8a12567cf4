import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseJsonc, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
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
    const text = fs.readFileSync(file, 'utf8');
    const raw: unknown = parseJsonc(text, errors, { allowTrailingComma: true });
    if (errors.length) {
      throw new UsageError(`The settings file ${path.relative(cwd, file) || file} is not valid JSON: ${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset}.`);
    }
    // The parser would take a nested `__proto__` for the object's prototype, where no key shows it.
    refuseForbiddenKeys(text);
    return { section: sxsSection(raw), source: file };
  }
  return { section: {}, source: undefined };
}

/** Keys that would reach an object's prototype instead of a setting. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The `sxsDocs` settings as one nested object, from flat dotted keys and/or a nested object.
 * Built on objects without a prototype, and a key that names one (`__proto__`, `constructor`,
 * `prototype`) is refused: a settings file in a pull request must not change how the check runs.
 */
export function sxsSection(raw: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  if (!raw || typeof raw !== 'object') return out;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === 'sxsDocs' && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) setPath(out, `sxsDocs.${k}`, v);
    } else if (key.startsWith('sxsDocs.')) {
      setPath(out, key, value);
    }
  }
  return out;
}

function setPath(target: Record<string, unknown>, key: string, value: unknown): void {
  const keys = key.slice('sxsDocs.'.length).split('.');
  refuseForbidden(keys, key);
  let node = target;
  for (const k of keys.slice(0, -1)) {
    if (!Object.hasOwn(node, k) || !isPlainObject(node[k])) node[k] = Object.create(null);
    node = node[k] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  const copy = copyValue(value, key);
  node[last] = isPlainObject(copy) && Object.hasOwn(node, last) && isPlainObject(node[last]) ? Object.assign(node[last] as object, copy) : copy;
}

/** A copy of a JSON value whose objects have no prototype; a forbidden key anywhere in it is refused. */
function copyValue(value: unknown, where: string): unknown {
  if (Array.isArray(value)) return value.map((v) => copyValue(v, where));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(value)) {
    refuseForbidden([k], `${where}.${k}`);
    out[k] = copyValue(v, `${where}.${k}`);
  }
  return out;
}

/** Refuses a forbidden key anywhere in the `sxsDocs` settings of a settings file's text. */
function refuseForbiddenKeys(text: string): void {
  visit(text, {
    onObjectProperty(property, _offset, _length, _line, _column, pathSupplier) {
      const path = [...pathSupplier(), property].map(String);
      if (path[0] === 'sxsDocs' || path[0].startsWith('sxsDocs.')) refuseForbidden(path.flatMap((p) => p.split('.')), path.join('.'));
    },
  }, { allowTrailingComma: true });
}

function refuseForbidden(keys: readonly string[], where: string): void {
  if (keys.some((k) => FORBIDDEN_KEYS.has(k))) throw new UsageError(`The settings file has a key "${where}" that names an object's prototype: it is refused.`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
