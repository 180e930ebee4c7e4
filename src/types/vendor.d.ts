/** Type declarations for the build-time language packages that ship none. */
declare module 'wink-lemmatizer' {
  const lemmatizer: { noun(word: string): string; verb(word: string): string; adjective(word: string): string };
  export default lemmatizer;
}

declare module 'american-english' {
  const spelling: {
    toUS(word: string): string;
    toUK(word: string): string;
    hasUSDifference(word: string): boolean;
    hasUKDifference(word: string): boolean;
  };
  export default spelling;
}

declare module 'opencc-js/dict/*' {
  /** An opencc dictionary: "source replacement|source replacement|…". */
  const dictionary: string;
  export default dictionary;
}
