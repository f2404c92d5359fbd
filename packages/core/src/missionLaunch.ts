/** Launch of the mission: Monday 1 September 2025, first day of ISO week 2025-S36. */
export const LAUNCH_DATE = '2025-09-01';
