import type { OperationSpec, ProviderCatalogue } from '../types';

export const operations: OperationSpec[] = [];

export const invalid: ProviderCatalogue['invalid'] = [];
