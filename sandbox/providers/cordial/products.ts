import type { PatternRoute } from './routes';

export const productRoutes: PatternRoute[] = [];
