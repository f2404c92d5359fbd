export { formatDate, formatDuree, formatEuros, formatNombre, formatNombreAuPlus, formatPourcentage } from './french.js';
