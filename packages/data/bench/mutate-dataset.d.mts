// Types of bench/mutate-dataset.mjs, for the tests that import it.
export declare const MUTATIONS: ReadonlyArray<string>
export declare const random: (seed: number) => () => number
export declare const mutateText: (text: string, mutation: string, rnd: () => number) => string
export declare const mutateDataset: (
  files: ReadonlyArray<{ readonly path: string; readonly text: string }>,
  seed: number,
) => { files: Array<{ path: string; text: string }>; mutations: Array<string> }
