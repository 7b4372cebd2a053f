/**
 * Word ids over several tokenised corpora: one vocabulary (in order of first appearance) and each
 * document as an Int32Array of ids, so that word counts of any subset or bootstrap resample of the
 * documents are integer increments.
 *
 * @example
 * tokenIds([[['a', 'b'], ['b']], [['c', 'a']]])
 * // { vocabulary: ['a', 'b', 'c'], documents: [[[0, 1], [1]], [[2, 0]]] }
 */
export function tokenIds(corpora: ReadonlyArray<readonly (readonly string[])[]>): { vocabulary: string[]; documents: Int32Array[][] } {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const documents = corpora.map((docs) =>
    docs.map((tokens) =>
      Int32Array.from(tokens, (t) => {
        let id = ids.get(t);
        if (id === undefined) {
          id = vocabulary.length;
          ids.set(t, id);
          vocabulary.push(t);
        }
        return id;
      }),
    ),
  );
  return { vocabulary, documents };
}
