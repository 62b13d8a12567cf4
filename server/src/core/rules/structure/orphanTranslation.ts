import { structuralRule } from './structuralRule';

export const orphanTranslation = structuralRule('orphan-translation', 'A translation span with no English lookup span after it.', 'error');
