/** The Mapp methods the node uses, one file per resource; each method is written once with both of its encodings. */
export * from './contact';
export * from './group';
export * from './membership';
export * from './message';
export * from './user';
