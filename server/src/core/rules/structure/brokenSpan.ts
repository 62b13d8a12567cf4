import { structuralRule } from './structuralRule';

export const brokenSpan = structuralRule('broken-span', 'A span that is not closed, or a lookup span without its English span.', 'error');
