// What the engine uses of its host, which every runtime it meets has (the worker, Node, tests):
// console.error, to report a failed analysis. tsconfig.engine.json type-checks the engine with no
// DOM or Node types, so this is all of the host it can see.
interface Console {
  error(...data: unknown[]): void;
}
// eslint-disable-next-line no-var -- a global, declared as the DOM and Node declare it.
declare var console: Console;
