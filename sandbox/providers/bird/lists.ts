import type { Route } from './routes';

export const listRoutes: Route[] = [];
