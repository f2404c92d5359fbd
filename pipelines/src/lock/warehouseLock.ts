import { acquireFileLock, formatParisDateTime, type FileLockOptions, type HeldLock, type LockOwner } from '@vigie/core';

/**
 * The lock of one warehouse: `<warehouse>.lock`, through the one lock of Vigie (`acquireFileLock`
 * of @vigie/core: owner inside, stale lock taken over, wait up to `waitMs`). Two `vigie run` on
 * the same warehouse never both write; the refusal says who holds it and how to wait.
 */
export class WarehouseLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly owner: LockOwner,
  ) {
    super(
      `L'entrepôt est déjà utilisé par une autre exécution (processus ${owner.pid} sur ${owner.host}, ` +
        `« ${owner.command} », depuis ${formatParisDateTime(owner.since)}). ` +
        `Attendez qu'elle se termine, ou relancez avec --attendre SECONDES. ` +
        `Si ce processus n'existe plus, le verrou ${lockPath} sera repris automatiquement.`,
    );
    this.name = 'WarehouseLockedError';
  }
}

export async function acquireWarehouseLock(warehousePath: string, options: FileLockOptions): Promise<HeldLock> {
  return acquireFileLock(`${warehousePath}.lock`, { ...options, whenHeld: (held) => new WarehouseLockedError(held.lockPath, held.owner) });
}
