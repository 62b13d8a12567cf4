// The reference pages docs/settings.md and docs/commands.md, generated whole from package.json
// and package.nls.json by `npm run generate`; a unit test (test/unit/docs.test.ts) fails when
// a page differs from what this writes, so the pages cannot fall behind the manifest.

const NOTICE =
  '<!-- Generated from package.json and package.nls.json by `npm run generate` (scripts/reference-docs.mjs). Do not edit: a unit test fails when this file differs from what the script writes. -->';

/** `%key%` → the English of package.nls.json. */
function resolve(value, nls) {
  if (typeof value !== 'string') return value;
  const m = /^%(.+)%$/.exec(value);
  if (!m) return value;
  if (!(m[1] in nls)) throw new Error(`package.nls.json has no ${m[1]}`);
  return nls[m[1]];
}

/** A table cell: one line, pipes escaped. */
function cell(text) {
  return String(text).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/**
 * A description (Markdown) as a table cell. Outside code spans, a tag (`<br>` in "tags such as
 * <br>") is escaped, as VS Code's settings editor shows it as text where GitHub would render it;
 * so is a link written as an example (`[](url)`, `[zur](url)`), which would render as a link to nowhere.
 */
function markdownCell(text) {
  const escape = (prose) => prose.replace(/<(?=[A-Za-z\/!])/g, '&lt;').replace(/\[([^\]]*)\]\((?=url\))/g, '\\[$1](');
  return cell(String(text).split(/(`[^`]*`)/).map((part, i) => (i % 2 ? part : escape(part))).join(''));
}

function code(text) {
  const s = String(text);
  const fence = s.includes('`') ? '``' : '`';
  return `${fence}${fence === '``' ? ' ' : ''}${s}${fence === '``' ? ' ' : ''}${fence}`;
}

function type(schema) {
  if (schema.enum) return schema.enum.map((v) => code(v)).join(', ');
  if (schema.type === 'array') return `array of ${schema.items?.type ?? 'values'}`;
  if (schema.type === 'object') return 'object';
  const range = [schema.minimum !== undefined ? `≥ ${schema.minimum}` : '', schema.maximum !== undefined ? `≤ ${schema.maximum}` : ''].filter(Boolean).join(', ');
  return range ? `${schema.type} (${range})` : schema.type;
}

const RULE_PREFIX = 'sxsDocs.rules.';

/** A table of settings; the Values column is left out when `values` is given (one for all). */
function settingsTable(entries, nls, values) {
  const description = (schema) => markdownCell(resolve(schema.markdownDescription ?? schema.description ?? '', nls));
  const defaultValue = (schema) => code(JSON.stringify(schema.default));
  if (values) {
    return ['| Setting | Default | Description |', '|---|---|---|', ...entries.map(([key, s]) => `| ${code(key)} | ${defaultValue(s)} | ${description(s)} |`)];
  }
  return [
    '| Setting | Values | Default | Description |',
    '|---|---|---|---|',
    ...entries.map(([key, s]) => `| ${code(key)} | ${cell(type(s))} | ${defaultValue(s)} | ${description(s)} |`),
  ];
}

/** docs/settings.md: every `contributes.configuration` property, the rules' severities apart. */
export function settingsPage(manifest, nls) {
  const entries = Object.entries(manifest.contributes.configuration.properties);
  const general = entries.filter(([key]) => !key.startsWith(RULE_PREFIX));
  const rules = entries.filter(([key]) => key.startsWith(RULE_PREFIX));
  const ruleTypes = new Set(rules.map(([, s]) => type(s)));
  const shared = ruleTypes.size === 1 ? [...ruleTypes][0] : undefined;
  return [
    NOTICE,
    '',
    '# Settings',
    '',
    `Every setting of ${manifest.displayName}. Set them in VS Code's settings (search for \`sxsDocs\`) or a`,
    "workspace's `.vscode/settings.json`; the command line reads the same keys from its settings file",
    '([cli.md](cli.md#settings)), and another editor passes them to the language server',
    '([other-editors.md](other-editors.md)).',
    '',
    '## General',
    '',
    ...settingsTable(general, nls),
    '',
    '## Checks',
    '',
    `Each check's severity is the setting \`${RULE_PREFIX}<code>\`${shared ? `, one of ${shared}` : ''}. \`off\` turns the check off.`,
    'What each check finds, with examples: [rules.md](rules.md).',
    '',
    ...settingsTable(rules, nls, shared),
    '',
  ].join('\n');
}

/** docs/commands.md: every contributed command, with its keybinding. */
export function commandsPage(manifest, nls) {
  const keys = new Map();
  for (const k of manifest.contributes.keybindings ?? []) {
    keys.set(k.command, [...(keys.get(k.command) ?? []), k.mac && k.mac !== k.key ? `${code(k.key)} (${code(k.mac)} on macOS)` : code(k.key)]);
  }
  const rows = manifest.contributes.commands.map((c) => {
    const title = `${resolve(c.category, nls) ? `${resolve(c.category, nls)}: ` : ''}${resolve(c.title, nls)}`;
    return `| ${cell(title)} | ${code(c.command)} | ${(keys.get(c.command) ?? []).join(', ')} |`;
  });
  return [
    NOTICE,
    '',
    '# Commands',
    '',
    `Every command of ${manifest.displayName}. Run them from the Command Palette (\`Ctrl+Shift+P\`, type`,
    `"${manifest.displayName}"); bind a key to any of them by its id in Keyboard Shortcuts`,
    '(`Ctrl+K Ctrl+S`). Keys given here are the defaults.',
    '',
    '| Command | Id | Keys |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** Every generated page: its path from the repository root, and its text. */
export function referencePages(manifest, nls) {
  return {
    'docs/settings.md': settingsPage(manifest, nls),
    'docs/commands.md': commandsPage(manifest, nls),
  };
}
