// Builds the TextMate grammars: syntaxes/*.tmLanguage.yaml → syntaxes/*.tmLanguage.json (what ships).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../syntaxes');

/** Converts every YAML grammar; returns the files written. */
export function buildGrammars() {
  const written = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.tmLanguage.yaml'))) {
    const grammar = yaml.load(fs.readFileSync(path.join(dir, file), 'utf8'), { filename: file, schema: yaml.FAILSAFE_SCHEMA });
    const out = path.join(dir, file.replace(/\.yaml$/, '.json'));
    fs.writeFileSync(out, JSON.stringify(grammar, null, 2) + '\n');
    written.push(out);
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildGrammars();
