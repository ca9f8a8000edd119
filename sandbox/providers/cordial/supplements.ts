import type { PatternRoute } from './routes';

export const supplementRoutes: PatternRoute[] = [];
