import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableDefinition } from '#shared/db/table.ts';
import { ApiStack } from '#infra/stacks/api-stack.ts';
import { DataStack } from '#infra/stacks/data-stack.ts';

/**
 * CDK assertion tests: the properties that matter, never a whole-template snapshot.
 * The app is built with cdk.json's context (feature flags), so it synthesizes as `npm run synth` does.
 * Synthesis (and the esbuild bundle of the api handler) runs once, in beforeAll.
 */
const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

type Json = Record<string, any>;
type Statement = { Action: string | string[]; Resource: unknown; Effect: string };

let app: App;
let data: Template;
let api: Template;
let tableId: string;
let functionId: string;
let fn: Json;

/** How the api stack sees a value exported by the data stack (a strong cross-stack reference). */
function importOf(value: unknown): unknown {
  const outputs = (data.toJSON()['Outputs'] ?? {}) as Record<string, Json>;
  const output = Object.values(outputs).find((o) => isDeepStrictEqual(o['Value'], value));
  const exportName = output?.['Export']?.['Name'];
  if (!exportName) throw new Error(`the data stack exports no output for ${JSON.stringify(value)}`);
  return { 'Fn::ImportValue': exportName };
}

const only = (t: Template, type: string): [string, Json] => {
  const found = Object.entries(t.findResources(type));
  expect(found, `exactly one ${type}`).toHaveLength(1);
  return found[0]!;
};

const keySchema = (partitionKey: string, sortKey: string) => [
  { AttributeName: partitionKey, KeyType: 'HASH' },
  { AttributeName: sortKey, KeyType: 'RANGE' },
];

beforeAll(() => {
  // Prepare
  app = new App({ context: cdkJson.context });
  const dataStack = new DataStack(app, 'Test-Data', { stage: 'test' });
  const apiStack = new ApiStack(app, 'Test-Api', { stage: 'test', table: dataStack.table });

  // Act
  data = Template.fromStack(dataStack);
  api = Template.fromStack(apiStack);
  [tableId] = only(data, 'AWS::DynamoDB::Table');
  [functionId, fn] = only(api, 'AWS::Lambda::Function');
});

describe('DataStack', () => {
  it('builds the table keys from tableDefinition, all as strings, billed per request', () => {
    // Assess
    data.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: keySchema(tableDefinition.partitionKey, tableDefinition.sortKey),
      BillingMode: 'PAY_PER_REQUEST',
    });
    const table = data.toJSON()['Resources'][tableId] as Json;
    const definitions = table['Properties']['AttributeDefinitions'] as { AttributeName: string; AttributeType: string }[];
    const keyNames = [
      tableDefinition.partitionKey,
      tableDefinition.sortKey,
      ...Object.values(tableDefinition.indexes).flatMap((i) => [i.partitionKey, i.sortKey]),
    ];
    expect(definitions.map((d) => d.AttributeName).sort()).toEqual([...new Set(keyNames)].sort());
    expect(definitions.every((d) => d.AttributeType === 'S')).toBe(true);
  });

  it('creates every GSI of tableDefinition with its keys and ALL projection, and no other', () => {
    // Assess
    const table = data.toJSON()['Resources'][tableId] as Json;
    const gsis = table['Properties']['GlobalSecondaryIndexes'] as Json[];
    const expected = Object.entries(tableDefinition.indexes);
    expect(gsis.map((g) => g['IndexName']).sort()).toEqual(expected.map(([name]) => name).sort());
    for (const [indexName, index] of expected) {
      expect(gsis.find((g) => g['IndexName'] === indexName), indexName).toEqual({
        IndexName: indexName,
        KeySchema: keySchema(index.partitionKey, index.sortKey),
        Projection: { ProjectionType: 'ALL' },
      });
    }
  });

  it('protects the data: PITR, deletion protection, Retain on delete and replace, TTL', () => {
    // Assess
    data.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        TimeToLiveSpecification: { AttributeName: tableDefinition.timeToLiveAttribute, Enabled: true },
      }),
    });
  });

  it('does not hard-code the table name', () => {
    // Assess
    data.hasResourceProperties('AWS::DynamoDB::Table', { TableName: Match.absent() });
  });
});

describe('ApiStack: the api Lambda', () => {
  it('runs Node.js 24 on arm64 with X-Ray tracing, 1024 MB and a 10 s timeout', () => {
    // Assess
    expect(fn['Properties']).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      TracingConfig: { Mode: 'Active' },
      MemorySize: 1024,
      Timeout: 10,
      Handler: 'index.handler',
    });
  });

  it('gets the table name from the data stack, Cognito issuer and audience, and source maps', () => {
    // Assess
    const [poolId] = only(api, 'AWS::Cognito::UserPool');
    const [clientId] = only(api, 'AWS::Cognito::UserPoolClient');
    const variables = fn['Properties']['Environment']['Variables'] as Json;
    expect(variables['TABLE_NAME']).toEqual(importOf({ Ref: tableId }));
    expect(variables['AUTH_AUDIENCE']).toEqual({ Ref: clientId });
    expect(variables['AUTH_ISSUER']).toEqual({
      'Fn::Join': ['', ['https://cognito-idp.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }, '/', { Ref: poolId }]],
    });
    expect(variables['NODE_OPTIONS']).toBe('--enable-source-maps');
    expect(variables['LOG_LEVEL']).toMatch(/^(debug|info|warn|error)$/);
  });

  it('may touch only the table and its indexes, with no wildcard resource on dynamodb actions', () => {
    // Prepare
    const tableArn = importOf({ 'Fn::GetAtt': [tableId, 'Arn'] });
    const roleRef = fn['Properties']['Role'];

    // Act
    const statements = Object.values(api.findResources('AWS::IAM::Policy'))
      .filter((p) => (p['Properties']['Roles'] as unknown[]).some((r) => isDeepStrictEqual({ 'Fn::GetAtt': [(r as Json)['Ref'], 'Arn'] }, roleRef)))
      .flatMap((p) => p['Properties']['PolicyDocument']['Statement'] as Statement[])
      .filter((s) => [s.Action].flat().some((a) => a.startsWith('dynamodb:')));

    // Assess
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      expect([s.Action].flat().every((a) => a.startsWith('dynamodb:')), 'dynamodb actions kept apart').toBe(true);
      expect([s.Resource].flat()).toEqual([tableArn, { 'Fn::Join': ['', [tableArn, '/index/*']] }]);
    }
    const actions = statements.flatMap((s) => [s.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem']));
  });

  it('logs to its own log group with a retention', () => {
    // Assess
    const [logGroupId] = only(api, 'AWS::Logs::LogGroup');
    api.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: Match.anyValue(), LogGroupName: Match.absent() });
    expect(fn['Properties']['LoggingConfig']).toEqual({ LogGroup: { Ref: logGroupId } });
  });

  it('is bundled as ESM with a require shim and the AWS SDK inside', () => {
    // Prepare
    const s3Key = fn['Properties']['Code']['S3Key'] as string;
    const assetDir = path.join(app.outdir, `asset.${s3Key.replace(/\.zip$/, '')}`);

    // Act
    const bundle = readFileSync(path.join(assetDir, 'index.mjs'), 'utf8');

    // Assess
    expect(bundle.startsWith("import { createRequire as __crmCreateRequire } from 'node:module';")).toBe(true);
    expect(existsSync(path.join(assetDir, 'index.mjs.map'))).toBe(true);
    expect(bundle).not.toMatch(/from\s*["']@aws-sdk\//);
  });
});

describe('ApiStack: HTTP API', () => {
  it('routes ANY / and ANY /{proxy+} to one Lambda proxy integration (payload 2.0)', () => {
    // Assess
    only(api, 'AWS::ApiGatewayV2::Api');
    const [integrationId] = only(api, 'AWS::ApiGatewayV2::Integration');
    api.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: { 'Fn::GetAtt': [functionId, 'Arn'] },
      PayloadFormatVersion: '2.0',
    });
    const routes = Object.values(api.findResources('AWS::ApiGatewayV2::Route')).map((r) => r['Properties'] as Json);
    expect(routes.map((r) => r['RouteKey']).sort()).toEqual(['ANY /', 'ANY /{proxy+}']);
    for (const r of routes) {
      expect(r['Target']).toEqual({ 'Fn::Join': ['', ['integrations/', { Ref: integrationId }]] });
    }
  });

  it('lets API Gateway invoke the function', () => {
    // Assess
    api.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'apigateway.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
    });
  });
});

describe('ApiStack: Cognito', () => {
  it('has the custom attributes the app reads (custom:role, custom:parkId), no self sign-up, Retain', () => {
    // Assess
    api.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: true }),
        Schema: Match.arrayWith([
          Match.objectLike({ Name: 'role', AttributeDataType: 'String', Mutable: true }),
          Match.objectLike({ Name: 'parkId', AttributeDataType: 'String', Mutable: true }),
        ]),
      }),
    });
  });

  it('lets users read but never write their role and park scope', () => {
    // Assess
    const [, client] = only(api, 'AWS::Cognito::UserPoolClient');
    const read = client['Properties']['ReadAttributes'] as string[];
    const write = client['Properties']['WriteAttributes'] as string[];
    expect(read).toEqual(expect.arrayContaining(['custom:role', 'custom:parkId']));
    expect(write.filter((a) => a.startsWith('custom:'))).toEqual([]);
    expect(client['Properties']['GenerateSecret']).toBe(false);
  });
});
