import type { ListSearch } from './pagedListSearch';

export const listSearch: Record<string, ListSearch> = {};
