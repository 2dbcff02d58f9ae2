import { ResponseError } from 'vscode-languageserver';

/** Where a guarded handler's unexpected failure is written (the connection's console). */
export interface ErrorLog {
  error(message: string): void;
}

export type Guard = <P, R>(name: string, empty: R, handler: (params: P) => R) => (params: P) => R;

/**
 * Wraps handlers so that an unexpected bug costs one empty answer and a log
 * line, never the server. A `ResponseError` is a deliberate refusal for the
 * user to read (rename onto a taken id), so it goes through. A promise that
 * rejects is caught the same way.
 */
export function guardWith(log: ErrorLog): Guard {
  const failed = (name: string, error: unknown) => {
    if (error instanceof ResponseError) throw error;
    log.error(`${name} failed: ${(error as Error)?.stack ?? String(error)}`);
  };
  return <P, R>(name: string, empty: R, handler: (params: P) => R) =>
    (params: P): R => {
      try {
        const result = handler(params);
        if (result instanceof Promise) return result.catch((error: unknown) => (failed(name, error), empty)) as R;
        return result;
      } catch (error) {
        failed(name, error);
        return empty;
      }
    };
}
