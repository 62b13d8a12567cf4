import { structuralRule } from './structuralRule';

export const mixedPrefix = structuralRule('mixed-prefix', 'A segment id whose prefix differs from the rest of the file.', 'warning');
