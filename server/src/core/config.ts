/** How a finding is shown; `off` turns a rule off. */
export type Severity = 'off' | 'hint' | 'information' | 'warning' | 'error';

export const SEVERITIES: readonly Severity[] = ['off', 'hint', 'information', 'warning', 'error'];

export namespace Severity {
  export function is(value: unknown): value is Severity {
    return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
  }
}

/** The settings that the checks read (the `sxsDocs.*` settings of the extension, or the CLI's config file). */
export interface CheckConfig {
  /** Severity per rule code; a rule not named keeps its default. */
  readonly rules: Readonly<Record<string, Severity>>;
  /** Terms that must appear verbatim in every translation whose English has them. */
  readonly doNotTranslate: readonly string[];
  /** The inline marker (an HTML comment) that silences one finding: `<!-- MARKER rule-code -->`. */
  readonly ignoreMarker: string;
}

export const DEFAULT_CHECK_CONFIG: CheckConfig = {
  rules: {},
  doNotTranslate: [],
  ignoreMarker: 'sxs-ignore',
};

/** Reads a settings object leniently: unknown or ill-typed values fall back to the defaults. */
export function checkConfigFrom(raw: unknown): CheckConfig {
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const rules: Record<string, Severity> = {};
  if (o.rules && typeof o.rules === 'object') {
    for (const [code, severity] of Object.entries(o.rules as Record<string, unknown>)) {
      if (Severity.is(severity)) rules[code] = severity;
    }
  }
  const terms = Array.isArray(o.doNotTranslate) ? o.doNotTranslate.filter((t): t is string => typeof t === 'string' && t.trim() !== '') : [];
  const marker = typeof o.ignoreMarker === 'string' && /^[\w.-]+$/.test(o.ignoreMarker) ? o.ignoreMarker : DEFAULT_CHECK_CONFIG.ignoreMarker;
  return { rules, doNotTranslate: terms, ignoreMarker: marker };
}
