/**
 * Tokenizes Markdown with VS Code's TextMate engine (vscode-textmate + vscode-oniguruma, whose
 * WASM ships in the package): the Markdown and HTML grammars VS Code uses (from tm-grammars)
 * with our injection grammar, as VS Code loads them for a Markdown file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../../..');
/** The built injection grammar (what the extension ships). */
export const SXS_GRAMMAR = path.join(ROOT, 'syntaxes/sxs-markdown.tmLanguage.json');
export const SXS_SCOPE = 'text.html.markdown.sxs';

const GRAMMARS: Record<string, string> = {
  'text.html.markdown': require.resolve('tm-grammars/grammars/markdown.json'),
  'text.html.derivative': require.resolve('tm-grammars/grammars/html-derivative.json'),
  'text.html.basic': require.resolve('tm-grammars/grammars/html.json'),
  [SXS_SCOPE]: SXS_GRAMMAR,
};

/** One token of a line: its text and its scopes, outermost first. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly scopes: readonly string[];
}

/** Loads the engine and the grammars once per call; returns a tokenizer of whole documents. */
export async function markdownTokenizer(): Promise<(text: string) => Token[][]> {
  if (!fs.existsSync(SXS_GRAMMAR)) throw new Error(`${SXS_GRAMMAR} is missing: \`npm run build\` builds it from the YAML grammar.`);
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      const file = GRAMMARS[scopeName];
      // Languages embedded in Markdown code blocks are not needed: unknown grammars are skipped.
      return file ? textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [SXS_SCOPE] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  if (!grammar) throw new Error('The Markdown grammar did not load.');
  return (text) => {
    let stack = textmate.INITIAL;
    return text.split(/\r?\n/).map((line) => {
      const result = grammar.tokenizeLine(line, stack);
      stack = result.ruleStack;
      return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, scopes: t.scopes }));
    });
  };
}
