import { describeActShare } from '../testing/describeActShare.js';

// 5 acts of patients without a médecin traitant out of 20
describeActShare('part_patients_sans_mt', [[{ avecMt: 0 }, 5], [{ avecMt: 1 }, 15]], { numerator: 5, denominator: 20, value: 0.25 });
