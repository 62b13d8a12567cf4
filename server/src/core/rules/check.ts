import type { CheckConfig } from '../config';
import type { LocaleContext } from '../crossLocale/localeContext';
import type { SxsDocument } from '../model';
import { localeFromPath } from '../locale';
import type { Finding, Rule } from './rule';
import { RULES } from './registry';

export interface CheckOptions {
  /** The document's path or URI, for rules that compare it with the front matter. */
  readonly path?: string;
  /** The rules to run; all by default. */
  readonly rules?: readonly Rule[];
  /** The other locale versions; rules of scope `locale` run only when it is given. */
  readonly locale?: LocaleContext;
}

/** Runs every enabled rule on the document and returns its findings in document order. */
export function checkDocument(doc: SxsDocument, config: CheckConfig, options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const pathLocale = options.path ? localeFromPath(options.path) : undefined;
  for (const rule of options.rules ?? RULES) {
    const severity = config.rules[rule.code] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    if (rule.scope === 'locale' && !options.locale) continue;
    rule.check({
      doc,
      config,
      pathLocale,
      locale: options.locale,
      report: (f) => findings.push({ ...f, code: rule.code, severity }),
    });
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** True when a rule of scope `locale` is on: only then is the other versions' context worth preparing. */
export function runsLocaleRules(config: CheckConfig, rules: readonly Rule[] = RULES): boolean {
  return rules.some((rule) => rule.scope === 'locale' && (config.rules[rule.code] ?? rule.defaultSeverity) !== 'off');
}
