import { Glossary } from './glossary';
import { NO_LEARNED_TERMS, type LearnedTerms } from './learnedTerms';

/**
 * The one source of terms the checks and the hover read: the glossary files (approved,
 * forbidden and do-not-translate terms per locale), the user's do-not-translate list
 * (`sxsDocs.doNotTranslate`, passed per check since it is a per-resource setting), and
 * what the workspace's translations teach (the names they keep in English).
 */
export class Terminology {
  constructor(
    readonly glossary: Glossary = new Glossary(),
    readonly learned: LearnedTerms = NO_LEARNED_TERMS,
  ) {}

  /** The do-not-translate terms of a locale: the user's list, then the glossary's, then the document's `no-loc`. */
  doNotTranslate(locale: string | undefined, userTerms: readonly string[], noLoc: readonly string[] = []): string[] {
    return [...new Set([...userTerms, ...this.glossary.doNotTranslate(locale), ...noLoc])];
  }

  /** The same terms with what the workspace teaches in place of `learned`. */
  withLearned(learned: LearnedTerms): Terminology {
    return learned === this.learned ? this : new Terminology(this.glossary, learned);
  }
}

/** No glossary, no workspace. */
export const NO_TERMINOLOGY = new Terminology();
