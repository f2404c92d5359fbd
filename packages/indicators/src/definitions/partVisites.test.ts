import { describeActShare } from '../testing/describeActShare.js';

// 4 visits (VG, VGS) out of 20 acts; a teleconsultation is no visit
describeActShare('part_visites', [[{ prestation: 'VG' }, 3], [{ prestation: 'VGS' }, 1], [{ prestation: 'G' }, 14], [{ prestation: 'TCG' }, 2]], { numerator: 4, denominator: 20, value: 0.2 });
