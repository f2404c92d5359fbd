export { formatDate, formatDuree, formatEuros, formatNombre, formatPourcentage } from './french.js';
