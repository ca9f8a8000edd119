import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

export const listSearch: Record<string, (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>> = {};
