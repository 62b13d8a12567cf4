// The reference page docs/rules.md, generated whole by `npm run generate` from the rule registry,
// the docs map of the core (server/src/core/rules/ruleDocs.ts) and the first hit and trap of each
// rule's fixture (test/unit/core/rules/), run through the core: the page shows what the rules do.
// A unit test (test/unit/docs.test.ts) fails when the committed page differs from what this writes.

const NOTICE =
  '<!-- Generated from the rule registry, server/src/core/rules/ruleDocs.ts and the rule fixtures by `npm run generate` (scripts/rules-page.mjs). Do not edit: a unit test fails when this file differs from what the script writes. -->';

const SCOPES = [
  ['structure', 'The sxs markup', 'The spans and ids that pair each translation with its English.'],
  ['segment', 'Each sentence against its English', 'What the translation of a segment lost, changed or added, compared with the English beside it.'],
  ['document', 'The whole file', 'The front matter and what the file as a whole is.'],
  ['locale', 'Across locale versions', 'The file against its English source and its other locale versions in the workspace (see [features.md](features.md)).'],
];

/** Plain text (a rule's one-line description) with the characters Markdown would read escaped. */
function plain(text) {
  return String(text).replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/** A fenced block that no backtick run of the text can close. */
function fence(text, lang) {
  const longest = Math.max(2, ...[...String(text).matchAll(/`+/g)].map((m) => m[0].length));
  const marks = '`'.repeat(longest + 1);
  return [`${marks}${lang}`, text, marks];
}

function example(label, ex) {
  const out = [`**${label}** (${plain(ex.title)}):`, '', ...(ex.note ? [ex.note, ''] : [])];
  if (ex.glossary !== undefined) out.push('The glossary (`sxsDocs.terminology.glossaries`), a CSV file:', '', ...fence(ex.glossary, 'csv'), '');
  for (const file of ex.files) {
    if (file.path) out.push(`\`${file.path}\`:`, '');
    out.push(...fence(file.text, 'markdown'), '');
  }
  if (ex.messages.length) {
    out.push(ex.messages.length === 1 ? 'The finding:' : 'The findings:', '', ...fence(ex.messages.join('\n'), 'text'), '');
    if (ex.fix) out.push(`Quick fix: ${plain(ex.fix)}.`.replace(/\.\.$/, '.'), '');
  } else {
    out.push('No finding.', '');
  }
  return out;
}

function entry(rule) {
  const facts = [
    `Default severity: **${rule.severity}**`,
    `setting \`sxsDocs.rules.${rule.code}\` ([settings](settings.md#checks))`,
    rule.fixable ? 'has a quick fix' : 'no quick fix',
    ...(rule.learns ? ['learns from the workspace'] : []),
  ];
  return [
    `### \`${rule.code}\``,
    '',
    plain(rule.description),
    '',
    `${facts.join(' · ')}.`,
    '',
    `**Why it matters.** ${rule.why}`,
    '',
    `**Fix.** ${rule.fix}`,
    '',
    ...(rule.hit ? example('Fires', rule.hit) : []),
    ...(rule.trap ? example('Does not fire', rule.trap) : []),
    ...(rule.fixture ? [`More hits and traps: [${rule.fixture.split('/').pop()}](../${rule.fixture}).`, ''] : ['No example: no document can make this rule fire unless the reader itself fails.', '']),
  ];
}

/** docs/rules.md: every rule, grouped by what it looks at, in the registry's order. */
export function rulesPage(rules) {
  const count = (scope) => rules.filter((r) => r.scope === scope).length;
  return [
    NOTICE,
    '',
    '# Rules',
    '',
    `Every check of Side-by-Side Docs (${rules.length} rules). Each finding names its rule by code in the`,
    'Problems panel, and the code links here. Each rule\'s severity is a setting',
    '(`sxsDocs.rules.<code>`, `off` turns it off; [settings.md](settings.md#checks)); one finding is',
    'silenced by `<!-- sxs-ignore <code> -->` before its segment. The command line runs the same',
    'rules ([cli.md](cli.md)).',
    '',
    'A rule that fails on a text it did not expect (a defect of sxs-docs) says so in a finding of its',
    'own code on the segment it was checking, at least a warning ("The rule … failed here and',
    'checked nothing"); the other rules run on, in the editor and on the command line alike.',
    '',
    'Most rules work in any language. Some read words of the language as well (the connecting words',
    'that bold must not be stretched over, the "and" or "or" at which a linked title is cut, the',
    'verbs of selecting pulled inside a label or holding its bold, the "see" pulled inside a link): their lists were read from',
    'real translations for German, Finnish, Italian, Romanian and Chinese, and written from the',
    'languages\' grammar and Microsoft\'s usual wording for French, Spanish, Portuguese, Dutch, Swedish,',
    'Danish, Norwegian, Polish, Russian, Japanese, Korean and Thai (some lists only). In another',
    'language those parts say nothing; what the workspace teaches (the names it keeps, the words it',
    'translates) works in every language.',
    '',
    'The examples are the first hit and the first trap of each rule\'s fixture',
    '([test/unit/core/rules](../test/unit/core/rules/README.md)), and the findings shown are the ones',
    'the rule gives on them. Unless a file name is given, an example is the body of',
    '`docs-pr.de-DE/articles/page.md`, a human translation into German.',
    '',
    '| Rule | Severity | Finds |',
    '|---|---|---|',
    ...rules.map((r) => `| [\`${r.code}\`](#${r.code}) | ${r.severity} | ${plain(r.description).replace(/\|/g, '\\|')} |`),
    '',
    ...SCOPES.filter(([scope]) => count(scope) > 0).flatMap(([scope, title, intro]) => [
      `## ${title}`,
      '',
      intro,
      '',
      ...rules.filter((r) => r.scope === scope).flatMap(entry),
    ]),
  ]
    .join('\n')
    .replace(/\n+$/, '\n');
}
