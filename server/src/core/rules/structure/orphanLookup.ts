import { structuralRule } from './structuralRule';

export const orphanLookup = structuralRule('orphan-lookup', 'An English lookup span with no translation span before it.', 'error');
