export { LAUNCH_DATE } from './missionLaunch.js';
export * from './isoCalendar.js';
export { formatParisDateTime, lastCompleteWeekEnd, parisDate, parisToday } from './parisDate.js';
export { formatDate, formatDuration, formatEuros, formatNumber, formatNumberUpTo, formatPercent, formatPlainNumber } from './frenchFormat.js';
export { acquireFileLock, LockHeldError, readLockOwner, withFileLock, type FileLockOptions, type HeldLock, type LockOwner } from './fileLock.js';
export { isLuhnValid, luhnCheckDigit, withLuhnKey } from './luhn.js';
export { filesUnder } from './filesUnder.js';
export { sqlIdent, sqlString } from './sqlText.js';
