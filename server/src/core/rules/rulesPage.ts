/** The reference page of the checks, as published with the repository: docs/rules.md. */
export const RULES_PAGE_URL = 'https://github.com/sxs-docs/sxs-docs/blob/main/docs/rules.md';

/**
 * The stable address of a rule's entry on the reference page: its heading is the rule's code,
 * so the anchor is the code. Diagnostics link to it (`codeDescription`), as SARIF's `helpUri` does.
 */
export function ruleDocsUrl(code: string): string {
  return `${RULES_PAGE_URL}#${code}`;
}
