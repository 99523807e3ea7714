// One error type for everything the store can refuse, so the UI can show `message` as is and branch on `code`.

export type StoreErrorCode =
  | 'quota' // the disk or the browser's storage quota is full
  | 'version' // the database was written by a newer Dealmark
  | 'blocked' // another tab holds an old connection and did not let go
  | 'closed' // the connection was closed or terminated by the browser
  | 'invalid' // the caller passed something the store cannot save
  | 'not_found'
  | 'conflict' // a uniqueness rule would be broken (a bug, or a concurrent change)
  | 'aborted'
  | 'unknown';

const MESSAGES: Record<StoreErrorCode, string> = {
  quota: 'Dealmark could not save: your browser is out of storage space. Nothing was changed. Free some disk space or delete old rounds, then try again.',
  version: 'Your saved rounds were written by a newer version of Dealmark. Update the extension to open them; nothing was changed.',
  blocked: 'Dealmark is being updated but another tab still has the old version open. Close or reload other Dealmark tabs and try again.',
  closed: 'The connection to Dealmark\'s database was closed by the browser. Reload the page and try again.',
  invalid: 'Dealmark could not save this data because it is not valid.',
  not_found: 'That item no longer exists in Dealmark.',
  conflict: 'Dealmark could not save because of a conflicting change. Nothing was changed; try again.',
  aborted: 'Saving was interrupted. Nothing was changed; try again.',
  unknown: 'Dealmark could not read or write its database. Nothing was changed.',
};

export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code], options);
    this.code = code;
  }
}

function errorName(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') return error.name;
  return undefined;
}

/** Maps DOMException names (and anything else thrown inside a transaction) to a StoreError. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  switch (errorName(error)) {
    case 'QuotaExceededError':
      return new StoreError('quota', undefined, { cause: error });
    case 'VersionError':
      return new StoreError('version', undefined, { cause: error });
    case 'InvalidStateError':
    case 'TransactionInactiveError':
      return new StoreError('closed', detail, { cause: error });
    case 'ConstraintError':
      return new StoreError('conflict', detail, { cause: error });
    case 'DataError':
    case 'DataCloneError':
      return new StoreError('invalid', detail, { cause: error });
    case 'AbortError':
      return new StoreError('aborted', undefined, { cause: error });
    default:
      return new StoreError('unknown', detail, { cause: error });
  }
}
