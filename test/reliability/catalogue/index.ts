import { mappCatalogue } from './mapp';
import type { ProviderCatalogue } from './types';

export const catalogues: ProviderCatalogue[] = [mappCatalogue];
