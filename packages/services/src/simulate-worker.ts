// Worker-thread entry of the simulation: waits for jobs (the thread is kept between simulations),
// runs each job's share of the chunks and posts the accumulators back (transferred, not copied),
// with progress messages after every chunk.

import { parentPort } from 'node:worker_threads';
import { setOfficialValues } from '@rencai/policies';
import { runChunks, type SimJob } from './simulate-core.js';

parentPort!.on('message', (job: SimJob) => {
  setOfficialValues(job.official ?? []); // the same packages as the thread that started the job
  const part = runChunks(job, (rows) => parentPort!.postMessage({ type: 'progress', rows }));
  const buffers = [part.baseline, ...(part.reform ? [part.reform] : [])].flatMap((a) => [a.fen.buffer, a.count.buffer, a.undetermined.buffer, a.persons.buffer, a.beneficiaries.buffer]);
  parentPort!.postMessage({ type: 'done', part }, buffers as ArrayBuffer[]);
});
