// Fault injection for crash tests: when RENCAI_FAILPOINT names this point, the process is killed
// on the spot (SIGKILL: no cleanup, no rollback from our side), so a test can prove that the
// database leaves nothing half-written and the operation resumes. Inert otherwise.

export function failpoint(name: string): void {
  if (process.env.RENCAI_FAILPOINT === name) process.kill(process.pid, 'SIGKILL');
}
