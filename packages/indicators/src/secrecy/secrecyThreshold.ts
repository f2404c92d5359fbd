/** Counts of acts or patients from 1 to this are masked, zero is shown (primary secrecy, SNDS rule of spec/indicators.md). */
export const SECRECY_MAX = 10;
