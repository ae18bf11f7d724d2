// `npm run bench`: prints speed and memory figures against generated corpora (no pass/fail).
import { runCheckBench } from './checkBench';
import { runIndexBench } from './indexBench';

runCheckBench();
runIndexBench();
