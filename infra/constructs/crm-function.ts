import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions, type NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/** The repository root: entries, the lock file and esbuild's working directory hang off it. */
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Lets the ESM bundle load CommonJS dependencies that call `require` (the standard CDK recipe).
 * The import is aliased so it cannot clash with a name in the bundle.
 */
const requireShim =
  "import { createRequire as __crmCreateRequire } from 'node:module'; const require = __crmCreateRequire(import.meta.url);";

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface CrmFunctionProps extends Omit<NodejsFunctionProps, 'entry' | 'runtime' | 'architecture' | 'logRetention' | 'logGroup'> {
  /** Handler file, relative to the repository root (e.g. `functions/api/handler.ts`). */
  readonly entry: string;
  /** CloudWatch Logs retention of the function's own log group. Default: one month. */
  readonly logRetention?: logs.RetentionDays;
  /** `LOG_LEVEL` read by `shared/observability/logger.ts`. Default: `info`. */
  readonly logLevel?: LogLevel;
}

export interface BindTableOptions {
  /** `read` grants Get/Query/BatchGet; `readWrite` adds Put/Update/Delete/TransactWrite. */
  readonly accessMode: 'read' | 'readWrite';
}

/**
 * Every function of the CRM: Node.js 24 on arm64, X-Ray tracing, a log group with retention,
 * and one bundling recipe (minified ESM with source maps, built by the local esbuild — never Docker).
 * Data access is granted with `bindTable`, which sets the env var and the matching grant together.
 */
export class CrmFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: CrmFunctionProps) {
    const { entry, logRetention, logLevel, bundling, environment, ...rest } = props;
    const logGroup = new logs.LogGroup(scope, `${id}LogGroup`, {
      retention: logRetention ?? logs.RetentionDays.ONE_MONTH,
    });
    super(scope, id, {
      handler: 'handler',
      memorySize: 1024,
      timeout: Duration.seconds(10),
      tracing: lambda.Tracing.ACTIVE,
      ...rest,
      entry: path.resolve(repoRoot, entry),
      projectRoot: repoRoot,
      depsLockFilePath: path.join(repoRoot, 'package-lock.json'),
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      logGroup,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        LOG_LEVEL: logLevel ?? 'info',
        ...environment,
      },
      bundling: { ...defaultBundling, ...bundling },
    });
  }

  /** Point the function at a table: sets `TABLE_NAME` and grants exactly the access asked for. */
  bindTable(table: dynamodb.ITable, { accessMode }: BindTableOptions): this {
    this.addEnvironment('TABLE_NAME', table.tableName);
    if (accessMode === 'read') table.grantReadData(this);
    else table.grantReadWriteData(this);
    return this;
  }
}

const defaultBundling: BundlingOptions = {
  format: OutputFormat.ESM,
  target: 'node24',
  mainFields: ['module', 'main'],
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  banner: requireShim,
  // Bundle the AWS SDK too: pinned versions, tree-shaken, and measured by the bundle budget.
  externalModules: [],
  forceDockerBundling: false,
};
