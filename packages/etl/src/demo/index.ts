export type { DemoFault, DemoFile, DemoOptions, DemoSummary } from './demoTypes.js';
export { writeDemoInbox } from './writeDemoInbox.js';
