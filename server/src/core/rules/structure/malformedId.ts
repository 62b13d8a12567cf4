import { structuralRule } from './structuralRule';

export const malformedId = structuralRule('malformed-id', 'A segment id not of the form 12345-104 or 12345-p104.', 'error');
