// The entry of dist/holidays.cjs: date-holidays and its data as one CommonJS file, which the
// built CLI requires only when a plan names public holidays (src/run/holidays.ts).
module.exports = require('date-holidays');
