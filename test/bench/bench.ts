// `npm run bench`: prints speed and memory figures against generated corpora (no pass/fail).
import { FIRST_LARGE_CHECK, firstLargeCheck, runCheckBench } from './checkBench';
import { runIndexBench } from './indexBench';

if (process.argv[2] === FIRST_LARGE_CHECK) {
  firstLargeCheck(Number(process.argv[3]));
} else {
  runCheckBench();
  runIndexBench();
}
