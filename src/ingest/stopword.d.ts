// The stopword package ships no types for its lists: ISO 639-3 code → stop words (beside helpers).
declare module 'stopword' {
  const lists: Record<string, unknown>;
  export = lists;
}
