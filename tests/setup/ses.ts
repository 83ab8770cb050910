import type { TestProject } from 'vitest/node';
import { startSesLocal } from '../../infra/local/ses-local.ts';

/** One SES v2 emulator per test run (aws-ses-v2-local, free port): the lifecycle's emails go there. */
export default async function setup(project: TestProject) {
  const ses = await startSesLocal({ port: 0 });
  project.provide('sesEndpoint', ses.endpoint);
  return ses.stop;
}

declare module 'vitest' {
  export interface ProvidedContext { sesEndpoint: string }
}
