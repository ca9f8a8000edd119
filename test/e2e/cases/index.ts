import { mappCases } from './mapp';
import type { E2eCase } from './types';

export const cases: E2eCase[] = [...mappCases];
