import { SEVERITIES, DEFAULT_CHECK_CONFIG } from './config';
import { DEFAULT_DOCUMENT_LIMITS } from './documentLimits';
import { RULES } from './rules/registry';
import { defaultSeverityOf } from './rules/rule';
import { DEFAULT_MINIMUM_MATCH } from './memory/termSettings';

/** A JSON-schema fragment as VS Code's `contributes.configuration` reads it. */
export type SettingSchema = Readonly<Record<string, unknown>>;

/**
 * Every `sxsDocs.*` setting. The extension manifest's `contributes.configuration` is
 * generated from this list (`npm run generate`), and a test fails when they drift; the rule
 * severities come from the rule registry, so a new rule is a new setting.
 */
export function settingDefinitions(): Record<string, SettingSchema> {
  const settings: Record<string, SettingSchema> = {};
  for (const rule of RULES) {
    settings[`sxsDocs.rules.${rule.code}`] = {
      type: 'string',
      enum: SEVERITIES,
      default: defaultSeverityOf(rule),
      scope: 'resource',
      markdownDescription: `${rule.description} (\`${rule.code}\`${rule.fixable ? ', has a quick fix' : ''})`,
    };
  }
  settings['sxsDocs.doNotTranslate'] = {
    type: 'array',
    items: { type: 'string' },
    default: DEFAULT_CHECK_CONFIG.doNotTranslate,
    scope: 'resource',
    markdownDescription: 'Terms that must appear verbatim in a translation whose English has them (product names, for example). The `no-loc` list of a document\'s front matter adds to these.',
  };
  settings['sxsDocs.ignoreMarker'] = {
    type: 'string',
    default: DEFAULT_CHECK_CONFIG.ignoreMarker,
    pattern: '^[\\w.-]+$',
    scope: 'resource',
    markdownDescription: 'The word of the inline HTML comment that silences one finding: `<!-- sxs-ignore rule-code -->` before a segment. Rendered docs do not show HTML comments.',
  };
  settings['sxsDocs.maxFileSize'] = {
    type: 'number',
    default: DEFAULT_DOCUMENT_LIMITS.maxFileSizeMB,
    minimum: 0.1,
    scope: 'window',
    markdownDescription: 'Files larger than this many megabytes are not checked (the editor says so once per file). The largest real localized docs file is about 0.3 MB.',
  };
  Object.assign(settings, readingSettings(), termSettings());
  settings['sxsDocs.localeRoots'] = {
    type: 'object',
    additionalProperties: { type: 'string', pattern: '^[A-Za-z]{2,3}(-[A-Za-z]{4})?-([A-Za-z]{2}|[0-9]{3})$' },
    default: {},
    scope: 'resource',
    markdownDescription:
      'Folders that hold one locale\'s versions of the documentation, for layouts whose folder names do not say the locale (sibling `docs-pr.de-DE` folders, `docs/de-de/` folders and `page.de-DE.md` names are recognised without this). Each entry maps a folder path, relative to the workspace folder or absolute, to its locale; an English locale marks the English source. Example: `{ "german": "de-DE", "source": "en-US" }`. A document has the same path under every locale\'s folder.',
  };
  return settings;
}

/** The glossary and translation memory settings. */
function termSettings(): Record<string, SettingSchema> {
  return {
    'sxsDocs.terminology.glossaries': {
      type: 'array',
      items: { type: 'string' },
      default: [],
      scope: 'window',
      markdownDescription:
        'Glossary files: TBX (TBX-Basic or TBX 3) or CSV (columns `english`, `locale`, `translation`, `status`, `note`), relative to the workspace folder or absolute. Their approved, forbidden and do-not-translate terms are shown in the hover and checked by the `glossary-term` and `do-not-translate` rules. **Propose Glossary Entries from the Translation Memory** writes a TBX file to start from.',
    },
    'sxsDocs.memory.files': {
      type: 'array',
      items: { type: 'string' },
      default: [],
      scope: 'window',
      markdownDescription: 'TMX files whose translation units join the translation memory, beside the translations of the workspace (relative to the workspace folder, or absolute). `sxs-docs tm export` writes one.',
    },
    'sxsDocs.memory.minimumMatch': {
      type: 'number',
      default: DEFAULT_MINIMUM_MATCH,
      minimum: 50,
      maximum: 100,
      scope: 'window',
      markdownDescription: 'The lowest word-level match, in percent, that the Matches view, the hover and the "Apply … match" actions offer.',
    },
  };
}

/** The reading view's settings; the extension (not the server) reads them. */
function readingSettings(): Record<string, SettingSchema> {
  return {
    'sxsDocs.reading.dimMarkup': {
      type: 'boolean',
      default: true,
      scope: 'resource',
      markdownDescription: 'Dim the English lookup spans, the translation span tags with their ids, and the heading anchors in the editor, so that the translation stands out. The command **Side-by-Side Docs: Toggle Dimmed Markup** switches it.',
    },
    'sxsDocs.reading.dimOpacity': {
      type: 'number',
      default: 0.45,
      minimum: 0.1,
      maximum: 1,
      scope: 'window',
      markdownDescription: 'How visible dimmed markup stays, from 0.1 (faint) to 1 (not dimmed).',
    },
  };
}

/** A group of settings as the Settings UI shows it, under the extension's name. */
export interface SettingGroup {
  /** `sxsDocs.checks`, …: the category's id. */
  readonly id: string;
  /** The group's title in English (the manifest refers to its translation). */
  readonly title: string;
  readonly order: number;
  readonly properties: Record<string, SettingSchema>;
}

/** Which group a setting is in: the reading view's, the preview's, the locale layout's, or the checks'. */
function groupOf(key: string): 'reading' | 'preview' | 'locales' | 'checks' {
  if (key.startsWith('sxsDocs.reading.')) return 'reading';
  if (key.startsWith('sxsDocs.preview.')) return 'preview';
  if (key === 'sxsDocs.localeRoots' || key.startsWith('sxsDocs.index.')) return 'locales';
  return 'checks';
}

const GROUP_TITLES = { checks: 'Checks', reading: 'Reading', locales: 'Locales', preview: 'Preview' } as const;

/**
 * `contributes.configuration` of the extension manifest: the settings in groups (Checks,
 * Reading, Locales, Preview), each shown under the extension's name in the Settings UI;
 * a group with no setting is left out.
 */
export function contributesConfiguration(): SettingGroup[] {
  const groups = (Object.keys(GROUP_TITLES) as (keyof typeof GROUP_TITLES)[]).map((name, i) => ({ id: `sxsDocs.${name}`, title: GROUP_TITLES[name], order: i + 1, properties: {} as Record<string, SettingSchema> }));
  for (const [key, schema] of Object.entries(settingDefinitions())) groups.find((g) => g.id === `sxsDocs.${groupOf(key)}`)!.properties[key] = schema;
  return groups.filter((g) => Object.keys(g.properties).length > 0);
}
