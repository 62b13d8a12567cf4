// The README's "Settings" and "Commands" sections, generated from package.json and
// package.nls.json by `npm run generate`, between marker comments; a unit test fails when
// the README differs from what this writes.

const MARKERS = {
  settings: ['<!-- generated:settings:start (npm run generate) -->', '<!-- generated:settings:end -->'],
  commands: ['<!-- generated:commands:start (npm run generate) -->', '<!-- generated:commands:end -->'],
};

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

/** The settings table: every `contributes.configuration` property. */
export function settingsSection(manifest, nls) {
  const properties = manifest.contributes.configuration.properties;
  const rows = Object.entries(properties).map(
    ([key, schema]) => `| ${code(key)} | ${cell(type(schema))} | ${code(JSON.stringify(schema.default))} | ${cell(resolve(schema.markdownDescription ?? schema.description ?? '', nls))} |`,
  );
  return ['| Setting | Values | Default | Description |', '|---|---|---|---|', ...rows].join('\n');
}

/** The commands table: every contributed command, with its keybinding. */
export function commandsSection(manifest, nls) {
  const keys = new Map();
  for (const k of manifest.contributes.keybindings ?? []) {
    keys.set(k.command, [...(keys.get(k.command) ?? []), k.mac && k.mac !== k.key ? `${code(k.key)} (${code(k.mac)} on macOS)` : code(k.key)]);
  }
  const rows = manifest.contributes.commands.map((c) => {
    const title = `${resolve(c.category, nls) ? `${resolve(c.category, nls)}: ` : ''}${resolve(c.title, nls)}`;
    return `| ${cell(title)} | ${code(c.command)} | ${(keys.get(c.command) ?? []).join(', ')} |`;
  });
  return ['| Command | Id | Keys |', '|---|---|---|', ...rows].join('\n');
}

/** The README with its generated sections replaced (the markers must be there). */
export function generatedReadme(readme, manifest, nls) {
  let out = readme;
  for (const [name, [start, end]] of Object.entries(MARKERS)) {
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from === -1 || to < from) throw new Error(`README.md lacks the markers of the generated ${name} section: ${start} … ${end}`);
    const body = name === 'settings' ? settingsSection(manifest, nls) : commandsSection(manifest, nls);
    out = `${out.slice(0, from + start.length)}\n${body}\n${out.slice(to)}`;
  }
  return out;
}
