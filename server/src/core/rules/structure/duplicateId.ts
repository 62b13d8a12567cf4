import { structuralRule } from './structuralRule';

export const duplicateId = structuralRule('duplicate-id', 'A segment id used more than once in the file.', 'error');
