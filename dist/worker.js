// A worker thread of the audit pool, which finds it next to the bundle: the bin again, which
// runs dist/pmcheck.cjs, and the bundle runs the worker when it is not on the main thread.
import '../bin/pmcheck.js';
