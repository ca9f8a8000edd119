import type { OperationSpec, ProviderCatalogue } from '../types';

export type Api = 'rest' | 'soap';

export function operations(api: Api): OperationSpec[] {
	void api;
	return [];
}

export function invalid(api: Api): ProviderCatalogue['invalid'] {
	void api;
	return [];
}
