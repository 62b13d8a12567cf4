import { structuralRule } from './structuralRule';

export const parseError = structuralRule('parse-error', 'A document the reader could not read (a defect of sxs-docs; please report it).', 'error', 'document');
