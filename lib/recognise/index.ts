export { classifyFields } from './classify-fields';
export type { ClassifiedField, ClassifyOptions } from './types';
