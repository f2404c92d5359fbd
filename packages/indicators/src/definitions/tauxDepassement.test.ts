import { describeActShare } from '../testing/describeActShare.js';

// 2 acts with a dépassement out of 20
describeActShare('taux_depassement', [[{ depassement: 15 }, 2], [{ depassement: 0 }, 18]], { numerator: 2, denominator: 20, value: 0.1 });
