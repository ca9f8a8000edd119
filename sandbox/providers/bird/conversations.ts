import type { Route } from './routes';

export const conversationRoutes: Route[] = [];
