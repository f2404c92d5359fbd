import { describeActShare } from '../testing/describeActShare.js';

// 4 acts of patients in ALD out of 20
describeActShare('part_patients_ald', [[{ ald: 1 }, 4], [{ ald: 0 }, 16]], { numerator: 4, denominator: 20, value: 0.2 });
