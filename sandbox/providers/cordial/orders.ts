import type { PatternRoute } from './routes';

export const orderRoutes: PatternRoute[] = [];
