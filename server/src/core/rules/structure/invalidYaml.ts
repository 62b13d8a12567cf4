import { structuralRule } from './structuralRule';

export const invalidYaml = structuralRule('invalid-yaml', 'Front matter that is not valid YAML.', 'error', 'document');
